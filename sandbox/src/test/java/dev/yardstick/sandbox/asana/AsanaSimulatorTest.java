package dev.yardstick.sandbox.asana;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.yardstick.sandbox.core.Json;
import dev.yardstick.sandbox.core.LoopbackHttp;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AsanaSimulatorTest {
    private static final String PROJECTS = "/projects?workspace=" + AsanaDataSet.WORKSPACE_GID
            + "&archived=false&opt_fields=name,current_status_update.status_type&limit=100";
    private static final String OPEN_BUGS = "/tasks?project=" + AsanaDataSet.BUGS_PROJECT_GID
            + "&completed_since=now&opt_fields=created_at,completed,memberships.project.gid,memberships.section.name"
            + "&limit=100";

    private final LoopbackHttp http = new LoopbackHttp();
    private MutableClock clock;
    private AsanaSimulator asana;

    @BeforeEach
    void start() {
        clock = new MutableClock(AsanaDataSet.DEFAULT_REFERENCE);
        asana = new AsanaSimulator(clock);
        asana.start();
    }

    @AfterEach
    void stop() {
        asana.close();
    }

    @Test
    void theStandardDataSetHasWhatTheCollectorTestsNeed() {
        AsanaDataSet data = asana.dataSet();
        List<ProjectData> listed = data.projects().stream()
                .filter(p -> p.workspaceGid().equals(data.workspaceGid()) && !p.archived()).toList();
        assertTrue(listed.size() > 250 && listed.size() < 400, "a few hundred projects: " + listed.size());
        Set<String> statuses = new HashSet<>();
        listed.forEach(p -> statuses.add(String.valueOf(p.statusType())));
        assertTrue(statuses.containsAll(Set.of("on_track", "at_risk", "off_track", "on_hold", "complete", "null")));
        List<TaskData> bugs = data.tasksOf(data.bugsProjectGid());
        assertTrue(bugs.size() > 3000, "a few thousand bugs: " + bugs.size());
        assertTrue(bugs.stream().anyMatch(t -> !t.memberships().get(0).projectGid().equals(data.bugsProjectGid())),
                "multi-homed with another project first");
        assertTrue(bugs.stream().anyMatch(t -> t.memberships().stream().anyMatch(
                m -> m.projectGid().equals(data.bugsProjectGid()) && m.sectionName() == null)), "no section");
    }

    @Test
    void rejectsAMissingOrWrongToken() throws IOException {
        assertEquals(401, http.get(asana.uri(PROJECTS)).statusCode());
        assertEquals(401, get(PROJECTS, "Bearer nope").statusCode());
        assertEquals(200, get(PROJECTS, auth()).statusCode());
    }

    @Test
    void pagesByOffsetServingEveryOpenBugOnceWithOnlyTheAskedFields() throws IOException {
        asana.pageCap(7);
        List<JsonNode> items = listAll(OPEN_BUGS);
        long open = asana.dataSet().tasksOf(AsanaDataSet.BUGS_PROJECT_GID).stream().filter(t -> !t.completed()).count();
        assertEquals(open, items.size());
        assertEquals(open, items.stream().map(item -> item.get("gid").asText()).distinct().count());
        JsonNode first = items.get(0);
        assertEquals(Set.of("gid", "created_at", "completed", "memberships"), fieldNames(first));
        assertEquals(Set.of("gid", "project", "section"), fieldNames(first.get("memberships").get(0)));
        assertEquals(Set.of("gid"), fieldNames(first.get("memberships").get(0).get("project")));
    }

    @Test
    void completedSinceListsIncompleteTasksAndThoseCompletedAtOrAfterIt() throws IOException {
        Instant since = AsanaDataSet.DEFAULT_REFERENCE.minus(Duration.ofDays(30));
        List<JsonNode> items = listAll("/api/1.0/tasks?project=" + AsanaDataSet.BUGS_PROJECT_GID + "&completed_since="
                + since + "&opt_fields=completed,completed_at&limit=100");
        long expected = asana.dataSet().tasksOf(AsanaDataSet.BUGS_PROJECT_GID).stream()
                .filter(t -> !t.completed() || !t.completedAt().isBefore(since)).count();
        assertEquals(expected, items.size());
        assertTrue(items.stream().anyMatch(item -> !item.get("completed").asBoolean()), "incomplete ones too");
        assertTrue(items.stream().anyMatch(item -> item.get("completed_at").asText().equals(since.toString())),
                "one completed exactly at completed_since");
    }

    @Test
    void offsetsExpireWithTimeOrOnDemandWithAsanasMessage() throws IOException {
        String next = page(get(PROJECTS, auth())).get("next_page").get("path").asText();
        asana.expireOffsetOnce(request -> true);
        HttpResponse<String> expired = get(next, auth());
        assertEquals(400, expired.statusCode());
        assertTrue(expired.body().contains(AsanaSimulator.EXPIRED_OFFSET_MESSAGE), expired.body());
        assertEquals(200, get(next, auth()).statusCode(), "an on-demand expiry is used once");
        clock.now = clock.now.plus(AsanaSimulator.DEFAULT_OFFSET_LIFETIME).plusSeconds(1);
        assertEquals(400, get(next, auth()).statusCode());
    }

    @Test
    void refusesALimitOver100AndAnOffsetOfAnotherListing() throws IOException {
        assertEquals(400, get(PROJECTS.replace("limit=100", "limit=101"), auth()).statusCode());
        String offset = page(get(PROJECTS, auth())).get("next_page").get("offset").asText();
        assertEquals(400, get(OPEN_BUGS + "&offset=" + offset, auth()).statusCode());
    }

    @Test
    void answers429WithRetryAfterOverTheQuota() throws IOException {
        asana.quotaPerMinute(2);
        assertEquals(200, get(PROJECTS, auth()).statusCode());
        assertEquals(200, get(PROJECTS, auth()).statusCode());
        HttpResponse<String> limited = get(PROJECTS, auth());
        assertEquals(429, limited.statusCode());
        assertEquals("60", limited.headers().firstValue("Retry-After").orElseThrow());
        clock.now = clock.now.plusSeconds(60);
        assertEquals(200, get(PROJECTS, auth()).statusCode());
    }

    @Test
    void unknownProjectsAndWorkspacesAre404() throws IOException {
        assertEquals(404, get("/tasks?project=42&limit=100", auth()).statusCode());
        assertEquals(404, get("/projects?workspace=42&limit=100", auth()).statusCode());
        assertFalse(asana.served().isEmpty());
    }

    private List<JsonNode> listAll(String first) throws IOException {
        List<JsonNode> items = new ArrayList<>();
        String target = first;
        while (target != null) {
            JsonNode body = page(get(target, auth()));
            body.get("data").forEach(items::add);
            target = body.get("next_page").isNull() ? null : first + "&offset=" + body.get("next_page").get("offset")
                    .asText();
        }
        return items;
    }

    private static JsonNode page(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        return Json.parse(response.body());
    }

    private static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new HashSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private HttpResponse<String> get(String target, String authorization) throws IOException {
        return http.send(HttpRequest.newBuilder(asana.uri(target)).header("Authorization", authorization).build());
    }

    private static String auth() {
        return "Bearer " + AsanaSimulator.DEFAULT_TOKEN;
    }

    /** A clock the test moves by hand. */
    private static final class MutableClock extends java.time.Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return java.time.ZoneOffset.UTC;
        }

        @Override
        public java.time.Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
