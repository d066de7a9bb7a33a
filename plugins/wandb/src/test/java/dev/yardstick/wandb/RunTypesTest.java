package dev.yardstick.wandb;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RunTypesTest {
    private static final RunTypes DEFAULTS = new RunTypes(WandbSettingsTest.settings(
            "api-key = \"secret:env:K\"\nentity = a\nproject = b").runTypes());

    @ParameterizedTest(name = "{0} / {1} → {2}")
    @CsvSource(nullValues = "NULL", value = {
        "abc123, github.sky.main.42, ptm",
        "abc123, github.sky.sweep.local, ptm",
        "abc123, x.github.sky.main, other",
        "abc123, lr_SWEEP.trial_3, sweep",
        "abc123, sweep stable local, sweep",
        "abc123, Local Stable smoke, stable",
        "abc123, LOCAL-debug-1, local",
        "abc123, relh.exp.7, other",
        "github.sky.main.9, NULL, ptm",
        "github.sky.main.9, '', ptm",
        "github.sky.main.9, nightly, other"})
    void theFirstMatchingRuleOnTheDisplayNameOrElseTheNameWins(String name, String displayName, String type) {
        WandbRun run = new WandbRun(name, displayName, "finished", Instant.EPOCH, null,
                JsonNodeFactory.instance.objectNode(), JsonNodeFactory.instance.objectNode(), List.of());
        assertEquals(type, DEFAULTS.of(run));
    }
}
