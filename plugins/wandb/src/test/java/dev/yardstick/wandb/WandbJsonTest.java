package dev.yardstick.wandb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.yardstick.api.FailureKind;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WandbJsonTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static ObjectNode node(String summary, String config) {
        ObjectNode node = MAPPER.createObjectNode().put("name", "r1").putNull("displayName").put("state", "finished")
                .put("createdAt", "2026-11-19T08:00:00").put("heartbeatAt", "2026-11-19T09:30:00.5");
        node.put("summaryMetrics", summary).put("config", config);
        return node;
    }

    @Test
    void timestampsWithoutAZoneAreUtcAndDurationsAreInHours() throws Exception {
        WandbRun run = WandbJson.run(node("{\"loss\": NaN, \"accuracy\": 0.5}", null));
        assertEquals(Instant.parse("2026-11-19T08:00:00Z"), run.createdAt());
        assertEquals(1.5 + 0.5 / 3600, run.durationHours().orElseThrow(), 1e-12);
        assertEquals(List.of(), run.problems(), "NaN literals, as W&B writes them, are not malformed");
        assertEquals(0.5, run.summary().get("accuracy").doubleValue());
        assertTrue(run.config().isObject() && run.config().isEmpty());
        ObjectNode zoned = node("{}", "{}").put("createdAt", "2026-11-19T08:00:00Z");
        assertEquals(Instant.parse("2026-11-19T08:00:00Z"), WandbJson.run(zoned).createdAt());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "{\"loss\": 0.4, |summaryMetrics is not valid JSON",
        "[1, 2]|summaryMetrics encodes a JSON array, not an object",
        "\"text\"|summaryMetrics encodes a JSON string, not an object"})
    void anUndecodableFieldIsAProblemNotAFailure(String summary, String problem) throws Exception {
        WandbRun run = WandbJson.run(node(summary, "{\"gpu_count\": {\"value\": 2}}"));
        assertEquals(1, run.problems().size());
        assertTrue(run.problems().get(0).startsWith(problem), run.problems().get(0));
        assertTrue(run.summary().isEmpty());
        assertEquals(2, run.config().at("/gpu_count/value").intValue(), "the other field still counts");
    }

    @Test
    void aMissingOrUnreadableTimestampIsABadResponse() {
        ObjectNode bad = node("{}", "{}").put("createdAt", "yesterday");
        WandbApiException error = assertThrows(WandbApiException.class, () -> WandbJson.run(bad));
        assertEquals(FailureKind.BAD_RESPONSE, error.kind());
        assertEquals("run r1: field 'createdAt' is not an ISO-8601 timestamp: 'yesterday'", error.getMessage());
        assertThrows(WandbApiException.class, () -> WandbJson.run(node("{}", "{}").putNull("state")));
    }
}
