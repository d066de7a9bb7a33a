package dev.yardstick.skypilot;

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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every default from reference.conf, and bad values failing at start-up with the key named. */
class SkypilotSettingsTest {
    private static final MapSecretResolver SECRETS = new MapSecretResolver(Map.of(
            "secret:env:SKYPILOT_TOKEN", "tok-123456", "secret:env:EMPTY", "",
            "secret:env:SKYPILOT_API_URL", "https://ops:hunter22@sky.example.com:8443/api/"));

    private static SkypilotSettings settings(String hocon) {
        return SkypilotSettings.from(TestCollectorConfig.of("skypilot", hocon,
                SkypilotSettingsTest.class.getClassLoader(), SECRETS));
    }

    @Test
    void theDefaultsAreThoseOfTheIssue() {
        SkypilotSettings settings = settings("api-url = \"http://127.0.0.1:46580/\"");
        assertEquals(URI.create("http://127.0.0.1:46580"), settings.apiUrl());
        assertTrue(settings.token().isEmpty() && settings.basicAuth().isEmpty());
        assertEquals(Duration.ofSeconds(60), settings.requestDeadline());
        assertEquals(Duration.ofHours(24), settings.terminalWindow());
        assertEquals(List.of("l4", "a10g", "h100", "a100"), settings.gpuTypes());
        assertEquals(List.of("us-east-1", "us-west-2"), settings.regions());
        assertFalse(settings.perJobMetrics());
        assertEquals(200, settings.maxJobs());
        assertEquals(Map.of("l4", 0.75, "a10g", 1.01, "h100", 4.10, "a100", 4.72), settings.gpuPrices());
        assertEquals(0.35, settings.spotDiscount());
    }

    @Test
    void basicAuthComesOutOfTheUrlEvenFromASecretReference() {
        SkypilotSettings settings = settings("api-url = \"secret:env:SKYPILOT_API_URL\"");
        assertEquals(URI.create("https://sky.example.com:8443/api"), settings.apiUrl());
        assertEquals("ops:hunter22", settings.basicAuth().orElseThrow().reveal());
        assertFalse(settings.toString().contains("hunter22"), settings.toString());
    }

    @Test
    void theTokenIsReadAsASecret() {
        SkypilotSettings settings = settings("api-url = \"https://sky.example.com\"\n"
                + "token = \"secret:env:SKYPILOT_TOKEN\"");
        assertEquals("tok-123456", settings.token().orElseThrow().reveal());
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "token = null | api-url",
        "api-url = \"ftp://sky.example.com\" | api-url",
        "api-url = \"https://sky.example.com/?x=1\" | api-url",
        "api-url = \"not a url\" | api-url",
        "api-url = \"https://justuser@sky.example.com\" | api-url",
        "api-url = \"https://u:secretpw@h.example\"; token = \"secret:env:SKYPILOT_TOKEN\" | token",
        "api-url = \"https://h.example\"; token = \"secret:env:EMPTY\" | token",
        "api-url = \"https://h.example\"; request-deadline = 0s | request-deadline",
        "api-url = \"https://h.example\"; terminal-window = -1h | terminal-window",
        "api-url = \"https://h.example\"; gpu-types = [L4] | gpu-types",
        "api-url = \"https://h.example\"; gpu-types = [l4, l4] | gpu-types",
        "api-url = \"https://h.example\"; gpu-types = [total] | gpu-types",
        "api-url = \"https://h.example\"; regions = [US-EAST-1] | regions",
        "api-url = \"https://h.example\"; regions = [other] | regions",
        "api-url = \"https://h.example\"; regions = [us-east-1, us_east_1] | regions",
        "api-url = \"https://h.example\"; max-jobs = 0 | max-jobs",
        "api-url = \"https://h.example\"; spot-discount = 0 | spot-discount",
        "api-url = \"https://h.example\"; spot-discount = 1.5 | spot-discount",
        "api-url = \"https://h.example\"; gpu-prices.h100 = -1 | gpu-prices.h100",
        "api-url = \"https://h.example\"; gpu-prices.H100 = 4 | gpu-prices.H100",
        "api-url = \"https://h.example\"; per-job-metrics = maybe | per-job-metrics",
    })
    void badValuesFailAtStartUpNamingTheKey(String hocon, String key) {
        ConfigurationException failure = assertThrows(ConfigurationException.class,
                () -> settings(hocon.replace("; ", "\n")));
        assertEquals("yardstick.collectors.skypilot." + key, failure.path(), failure.getMessage());
        assertFalse(failure.getMessage().contains("secretpw"), failure.getMessage());
    }
}
