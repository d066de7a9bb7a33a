package dev.yardstick.healthfom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.yardstick.api.config.ConfigurationException;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HealthFomSettingsTest {

    @Test
    void defaultsReadEveryScoreFromTheSameRun() {
        HealthFomSettings settings = HealthFomSettings.from(FormulaTest.config(""));
        assertEquals(HealthFomSettings.InputsMode.RUN, settings.inputs());
        assertEquals(18, settings.scores().size());
        assertTrue(settings.trainingRunTypes().isEmpty());
        assertTrue(settings.datadog().isEmpty(), "datadog settings are read only for inputs = datadog");
    }

    @Test
    void datadogModeReadsTheQuerySettings() {
        HealthFomSettings settings = HealthFomSettings.from(FormulaTest.config(
                "inputs = datadog\ndatadog { api-key = k, app-key = a, site = datadoghq.eu }"));
        assertEquals(URI.create("https://api.datadoghq.eu"), settings.datadog().orElseThrow().baseUrl());
        assertEquals(java.time.Duration.ofHours(1), settings.datadog().orElseThrow().lookback());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "inputs = sometimes | inputs",
        "scores.duration_p90 { good = 10, bad = 3 } | scores.duration_p90.bad",
        "scores.failing_workflows.limit = 0 | scores.failing_workflows.limit",
        "scores.run_success.target = -7 | scores.run_success.target",
        "scores.duration.short-score = 2 | scores.duration.short-score",
        "scores.duration.bad-at = 8 | scores.duration.bad-at",
        "training-run-types = [\"\"] | training-run-types",
        "inputs = datadog\\ndatadog.app-key = a | datadog.api-key",
        "inputs = datadog\\ndatadog.api-key = k | datadog.app-key",
        "inputs = datadog\\ndatadog { api-key = k, app-key = a, lookback = 0s } | datadog.lookback",
        "inputs = datadog\\ndatadog { api-key = k, app-key = a, api-url = \"ftp://x\" } | datadog.api-url",
    })
    void badValuesFailAtStartUpNamingTheKey(String overrides, String key) {
        ConfigurationException error = assertThrows(ConfigurationException.class,
                () -> HealthFomSettings.from(FormulaTest.config(overrides.replace("\\n", "\n"))));
        assertTrue(error.getMessage().contains("yardstick.collectors.health-fom." + key), error.getMessage());
    }
}
