package dev.yardstick.ec2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.yardstick.api.config.ConfigurationException;
import dev.yardstick.testkit.MapSecretResolver;
import dev.yardstick.testkit.TestCollectorConfig;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Ec2SettingsTest {
    private static Ec2Settings settings(String hocon) {
        return Ec2Settings.from(TestCollectorConfig.of("ec2", hocon, Ec2SettingsTest.class.getClassLoader(),
                new MapSecretResolver(Map.of("secret:env:KEY", "AKIDEXAMPLE", "secret:env:SECRET", "s3cr3t-value"))));
    }

    @Test
    void defaultsComeFromReferenceConf() {
        Ec2Settings defaults = settings("");
        assertEquals(List.of("us-east-1"), defaults.regions());
        assertEquals(Optional.empty(), defaults.endpointOverride());
        assertEquals(Optional.empty(), defaults.cloudwatchEndpointOverride());
        assertEquals(Optional.empty(), defaults.credentials(), "the default chain");
        assertEquals(Map.of(), defaults.onDemandPrices());
        assertEquals(Map.of(), defaults.regionPriceFactors());
        assertEquals(new Ec2Settings.Idle(false, 5, Duration.ofHours(1)), defaults.idle());
    }

    @Test
    void everySettingIsRead() {
        Ec2Settings read = settings("regions = [\"us-east-1\", \"eu-west-1\"]\n"
                + "endpoint-override = \"http://127.0.0.1:4566\"\n"
                + "cloudwatch-endpoint-override = \"https://monitoring.vpce.example\"\n"
                + "access-key-id = \"secret:env:KEY\"\nsecret-access-key = \"secret:env:SECRET\"\n"
                + "on-demand-prices { \"g5.xlarge\" = 1.006, \"u-6tb1.metal\" = 40 }\n"
                + "region-price-factor { \"eu-west-1\" = 1.12 }\n"
                + "idle { enabled = true, cpu-percent = 2.5, lookback = 30m }");
        assertEquals(List.of("us-east-1", "eu-west-1"), read.regions());
        assertEquals(Optional.of(URI.create("http://127.0.0.1:4566")), read.endpointOverride());
        assertEquals(Optional.of(URI.create("https://monitoring.vpce.example")), read.cloudwatchEndpointOverride());
        assertEquals("AKIDEXAMPLE", read.credentials().orElseThrow().accessKeyId().reveal());
        assertFalse(read.toString().contains("s3cr3t-value"), "the secret never renders");
        assertEquals(Map.of("g5.xlarge", 1.006, "u-6tb1.metal", 40.0), read.onDemandPrices());
        assertEquals(Map.of("eu-west-1", 1.12), read.regionPriceFactors());
        assertEquals(new Ec2Settings.Idle(true, 2.5, Duration.ofMinutes(30)), read.idle());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "regions = []                                        | regions",
        "regions = [\"us-east-1\", \"us-east-1\"]            | regions",
        "regions = [\"US East\"]                             | regions",
        "endpoint-override = \"ftp://host\"                  | endpoint-override",
        "cloudwatch-endpoint-override = \"not a url\"        | cloudwatch-endpoint-override",
        "access-key-id = \"secret:env:KEY\"                  | secret-access-key",
        "secret-access-key = \"secret:env:SECRET\"           | access-key-id",
        "on-demand-prices { g5.xlarge = 1.0 }                | on-demand-prices.\"g5\"",
        "on-demand-prices { \"m5.large\" = -1 }              | on-demand-prices.\"m5.large\"",
        "on-demand-prices { \"m5.large\" = cheap }           | on-demand-prices.\"m5.large\"",
        "region-price-factor { \"mars\" = 2 }                | region-price-factor.\"mars\"",
        "idle.cpu-percent = 0                                | idle.cpu-percent",
        "idle.lookback = 90s                                 | idle.lookback",
        "idle.lookback = 2d                                  | idle.lookback"})
    void badSettingsAreRejectedNamingTheKey(String hocon, String key) {
        ConfigurationException error = assertThrows(ConfigurationException.class, () -> settings(hocon));
        assertTrue(error.getMessage().contains("yardstick.collectors.ec2." + key), error.getMessage());
    }
}
