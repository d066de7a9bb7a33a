package dev.yardstick.sandbox.github;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.yardstick.sandbox.core.Json;
import dev.yardstick.sandbox.core.LoopbackHttp;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GithubSimulatorTest {
    private final LoopbackHttp http = new LoopbackHttp();
    private GithubSimulator github;

    @BeforeEach
    void start() {
        github = new GithubSimulator(Clock.fixed(GithubDataSet.DEFAULT_REFERENCE, ZoneOffset.UTC));
        github.start();
    }

    @AfterEach
    void stop() {
        github.close();
    }

    @Test
    void rejectsMissingOrWrongToken() throws IOException {
        assertEquals(401, http.get(github.uri("/repos/acme/widgets")).statusCode());
        assertEquals(401, get("/repos/acme/widgets", "Bearer nope").statusCode());
        assertEquals(200, get("/repos/acme/widgets", "Bearer " + GithubSimulator.DEFAULT_TOKEN).statusCode());
    }

    @Test
    void pagesByLinkHeaderAndServesEveryItemOnce() throws IOException {
        int seen = 0;
        String target = "/repos/acme/widgets/pulls?state=all&per_page=100";
        while (target != null) {
            HttpResponse<String> response = get(target, auth());
            seen += Json.parse(response.body()).size();
            target = response.headers().firstValue("Link").map(this::next).orElse(null);
        }
        assertEquals(github.dataSet().repo("acme/widgets").pulls().size(), seen);
    }

    @Test
    void answers304ToAMatchingETagWithoutSpendingBudget() throws IOException {
        HttpResponse<String> first = get("/repos/acme/docs/branches", auth());
        String etag = first.headers().firstValue("ETag").orElseThrow();
        int remaining = Integer.parseInt(first.headers().firstValue("x-ratelimit-remaining").orElseThrow());
        HttpResponse<String> second = http.send(HttpRequest.newBuilder(github.uri("/repos/acme/docs/branches"))
                .header("Authorization", auth()).header("If-None-Match", etag).GET().build());
        assertEquals(304, second.statusCode());
        assertEquals(Integer.toString(remaining), second.headers().firstValue("x-ratelimit-remaining").orElseThrow());
        assertEquals(1, github.notModifiedCount());
    }

    @Test
    void capsFilteredRunListingsAtOneThousandButReportsTheTrueTotal() throws IOException {
        String range = "2026-11-13T12:00:00Z..2026-11-20T12:00:00Z";
        JsonNode body = Json.parse(get("/repos/acme/platform/actions/runs?created=" + range + "&per_page=100&page=10",
                auth()).body());
        assertTrue(body.get("total_count").asInt() > 1000, "platform has more than 1,000 runs in the week");
        assertEquals(100, body.get("workflow_runs").size());
        JsonNode beyond = Json.parse(get("/repos/acme/platform/actions/runs?created=" + range
                + "&per_page=100&page=11", auth()).body());
        assertEquals(0, beyond.get("workflow_runs").size());
    }

    @Test
    void exhaustedBudgetAnswers403WithZeroRemaining() throws IOException {
        github.rateBudget().set(5000, 1);
        assertEquals(200, get("/repos/acme/docs", auth()).statusCode());
        HttpResponse<String> limited = get("/repos/acme/docs", auth());
        assertEquals(403, limited.statusCode());
        assertEquals("0", limited.headers().firstValue("x-ratelimit-remaining").orElseThrow());
    }

    @Test
    void injectsSecondaryLimitsAndMalformedBodiesOnDemand() throws IOException {
        github.secondaryLimit(1, 60).malformedOnce("/branches");
        HttpResponse<String> limited = get("/repos/acme/docs", auth());
        assertEquals(403, limited.statusCode());
        assertEquals("60", limited.headers().firstValue("Retry-After").orElseThrow());
        assertEquals(200, get("/repos/acme/docs", auth()).statusCode());
        assertFalse(get("/repos/acme/docs/branches", auth()).body().endsWith("]"));
    }

    @Test
    void dataSetIsDeterministicAndPlacesEventsAtTheWindowEdges() {
        GithubDataSet data = GithubDataSet.standard();
        assertEquals(data, GithubDataSet.standard());
        RepoData widgets = data.repo("acme/widgets");
        assertTrue(widgets.pulls().size() > 300 && widgets.commits().size() > 400 && widgets.runs().size() > 2000);
        Instant edge = data.reference().minusSeconds(7 * 86400);
        assertTrue(widgets.pulls().stream().anyMatch(pull -> edge.equals(pull.mergedAt())));
        assertTrue(widgets.commits().stream().anyMatch(commit -> commit.committedAt().equals(data.reference())));
        assertTrue(widgets.commits().stream().anyMatch(commit -> commit.authorLogin() == null));
        assertTrue(widgets.runs().stream().anyMatch(run -> run.runAttempt() > 1));
        assertTrue(widgets.runs().stream().anyMatch(run -> "timed_out".equals(run.conclusion())));
    }

    @Test
    void theSandboxStartsTheSimulatedGithubWithTheStandardDataSet() throws IOException {
        try (dev.yardstick.sandbox.Sandbox sandbox = dev.yardstick.sandbox.Sandbox.start(Clock.systemUTC())) {
            assertEquals(sandbox.github().baseUrl(), sandbox.urls().get("github"));
            Instant reference = sandbox.github().dataSet().reference();
            assertEquals(GithubDataSet.standard(reference), sandbox.github().dataSet());
            assertEquals(GithubDataSet.standard().repo("acme/widgets").runs().size(),
                    sandbox.github().dataSet().repo("acme/widgets").runs().size(), "the same data, shifted");
            HttpResponse<String> repo = http.send(HttpRequest.newBuilder(sandbox.github().uri("/repos/acme/platform"))
                    .header("Authorization", auth()).GET().build());
            assertEquals("trunk", Json.parse(repo.body()).get("default_branch").asText());
        }
    }

    private String next(String link) {
        for (String part : link.split(",")) {
            if (part.contains("rel=\"next\"")) {
                String url = part.substring(part.indexOf('<') + 1, part.indexOf('>'));
                return URI.create(url).getRawPath() + "?" + URI.create(url).getRawQuery();
            }
        }
        return null;
    }

    private HttpResponse<String> get(String target, String authorization) throws IOException {
        return http.send(HttpRequest.newBuilder(github.uri(target)).header("Authorization", authorization).GET().build());
    }

    private static String auth() {
        return "Bearer " + GithubSimulator.DEFAULT_TOKEN;
    }
}
