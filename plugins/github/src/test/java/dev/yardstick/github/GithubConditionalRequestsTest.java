package dev.yardstick.github;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.yardstick.api.CollectResult;
import dev.yardstick.api.Collector;
import dev.yardstick.sandbox.github.GithubDataSet;
import dev.yardstick.sandbox.github.GithubSimulator;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A second collection of an unchanged repository, 15 minutes later, costs almost nothing: 304s for every URL
 * that did not move with the window, and no commit detail at all.
 */
class GithubConditionalRequestsTest {
    private static final Instant AT = GithubDataSet.DEFAULT_REFERENCE;

    @Test
    void aSecondCollectionOfAnUnchangedRepositoryIsAnsweredMostlyBy304s() throws InterruptedException {
        try (GithubTestbed testbed = GithubTestbed.standard();
                Collector collector = testbed.collector(List.of("acme/widgets"), "")) {
            CollectResult first = testbed.collect(collector, AT);
            int firstRequests = testbed.github.served().size();
            int budgetAfterFirst = testbed.github.rateBudget().remaining();
            testbed.github.reset();
            testbed.github.rateBudget().set(GithubSimulator.DEFAULT_RATE_LIMIT, budgetAfterFirst);

            testbed.clock.advance(Duration.ofMinutes(15));
            CollectResult second = testbed.collect(collector, AT.plus(Duration.ofMinutes(15)));
            List<GithubSimulator.Served> served = testbed.github.served();
            long notModified = testbed.github.notModifiedCount();

            assertEquals(first.points().size(), second.points().size());
            GithubCollectorSimulatorTest.assertMetricsMatch(
                    ExpectedGithubMetrics.of(testbed.github.dataSet().repo("acme/widgets"), AT.plus(Duration.ofMinutes(15))),
                    GithubCollectorSimulatorTest.pointsOf(second.points(), "acme/widgets", AT.plus(Duration.ofMinutes(15))),
                    "acme/widgets");
            assertEquals(List.of(), second.failures());
            assertTrue(served.stream().noneMatch(answer -> answer.target().matches(".*/commits/[0-9a-f]{40}.*")),
                    "commit details are immutable and kept in process");
            assertTrue(notModified >= 0.75 * served.size(), notModified + " of " + served.size() + " were 304");
            assertTrue(served.size() < firstRequests, served.size() + " requests after " + firstRequests);
            assertEquals(budgetAfterFirst - (served.size() - notModified), testbed.github.rateBudget().remaining(),
                    "304s are free");
        }
    }
}
