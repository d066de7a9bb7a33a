package dev.yardstick.github;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.yardstick.api.FailureKind;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkflowRunListerTest {
    private static final Instant FROM = Instant.parse("2026-11-13T12:00:00Z");

    @ParameterizedTest(name = "{1} runs over {0}s → {2} slices")
    @CsvSource({"604801, 1000, 2", "604801, 2500, 4", "604801, 1260, 2", "3, 5000, 3", "2, 1000, 2"})
    void splitsIntoAdjacentInclusiveSlicesCoveringTheRange(long span, long total, int slices) throws Exception {
        Instant to = FROM.plusSeconds(span - 1);
        List<Instant[]> parts = WorkflowRunLister.split(FROM, to, total);
        assertEquals(slices, parts.size());
        assertEquals(FROM, parts.get(0)[0]);
        assertEquals(to, parts.get(parts.size() - 1)[1]);
        for (int i = 1; i < parts.size(); i++) {
            assertEquals(parts.get(i - 1)[1].plusSeconds(1), parts.get(i)[0], "slices touch without overlap");
        }
    }

    @ParameterizedTest(name = "{0} .. {1} → {2} UTC days")
    @CsvSource({"2026-11-13T12:00:00Z, 2026-11-20T12:00:00Z, 8", "2026-11-20T00:00:00Z, 2026-11-20T12:00:00Z, 1",
        "2026-11-13T00:00:00Z, 2026-11-20T00:00:00Z, 8", "2026-11-19T23:59:59Z, 2026-11-20T00:00:00Z, 2"})
    void cutsTheRangeAtUtcMidnightsSoPastDaysKeepTheirUrls(Instant from, Instant to, int days) {
        List<Instant[]> parts = WorkflowRunLister.byUtcDay(from, to);
        assertEquals(days, parts.size());
        assertEquals(from, parts.get(0)[0]);
        assertEquals(to, parts.get(parts.size() - 1)[1]);
        for (int i = 1; i < parts.size(); i++) {
            assertEquals(parts.get(i - 1)[1].plusSeconds(1), parts.get(i)[0]);
            assertEquals(0, parts.get(i)[0].getEpochSecond() % 86_400, "starts at midnight");
        }
    }

    @ParameterizedTest
    @CsvSource({"1000", "5000"})
    void refusesToSplitOneSecond(long total) {
        GithubApiException failure = assertThrows(GithubApiException.class,
                () -> WorkflowRunLister.split(FROM, FROM, total));
        assertEquals(FailureKind.BAD_RESPONSE, failure.kind());
    }
}
