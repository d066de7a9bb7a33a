package dev.yardstick.runtime.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.yardstick.api.metric.Count;
import dev.yardstick.api.metric.Distribution;
import dev.yardstick.api.metric.Gauge;
import dev.yardstick.api.metric.MetricPoint;
import dev.yardstick.api.metric.Tags;
import dev.yardstick.runtime.telemetry.Telemetry;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class StagesTest {
    private static final Instant AT = Instant.parse("2026-11-20T12:00:00Z");
    private static final BatchOrigin GITHUB = new BatchOrigin("github/oss", "github", Map.of("team", "platform"));

    private static Batch batch(BatchOrigin origin, MetricPoint... points) {
        return new Batch(origin, List.of(points));
    }

    static Stream<Arguments> tagging() {
        return Stream.of(
                Arguments.of("base tags added", GITHUB, Tags.of("repo", "a/b"),
                        "collector:github/oss,repo:a/b,service:yardstick,source:github,team:platform,version:1.2"),
                Arguments.of("collector tags beat global tags", new BatchOrigin("x", "x", Map.of("service", "svc")),
                        Tags.empty(), "collector:x,service:svc,source:x,version:1.2"),
                Arguments.of("runtime tags beat the point's", GITHUB, Tags.of("source", "fake", "collector", "fake"),
                        "collector:github/oss,service:yardstick,source:github,team:platform,version:1.2"),
                Arguments.of("self-telemetry keeps its collector tag", BatchOrigin.SELF, Tags.of("collector", "github"),
                        "collector:github,service:yardstick,source:yardstick,version:1.2"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tagging")
    void taggingStage(String name, BatchOrigin origin, Tags pointTags, String expected) {
        Batch out = new TaggingStage(Map.of("service", "yardstick"), "1.2")
                .apply(batch(origin, Gauge.of("m.x", 1, AT, pointTags)));
        assertEquals(expected, out.points().get(0).tags().toString());
    }

    static Stream<Arguments> baseTagsNeedingRepair() {
        return Stream.of(
                Arguments.of("an upper-case version", Map.of(), "1.0.0-SNAPSHOT"),
                Arguments.of("a global tag value with a space", Map.of("owner", "Data Platform"), "1.2"),
                Arguments.of("a global tag value ending in a colon", Map.of("owner", "infra:"), "1.2"),
                Arguments.of("a global tag key needing repair", Map.of("Team", "x"), "1.2"),
                Arguments.of("a global tag key starting with a digit", Map.of("9team", "x"), "1.2"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("baseTagsNeedingRepair")
    void baseTagsComeOutAsIfSanitizedOnEveryPoint(String name, Map<String, String> global, String version) {
        Telemetry repairedOnce = new Telemetry();
        Telemetry repairedEachTime = new Telemetry();
        MetricPoint point = Gauge.of("m.x", 1, AT, Tags.of("repo", "a/b", "team", "own"));
        MetricPoint viaTheStage = new SanitizeStage(repairedOnce).apply(
                new TaggingStage(global, version).apply(batch(GITHUB, point))).points().get(0);
        Tags base = Tags.of(global).and(Tags.of(GITHUB.tags())).and("source", "github").and("version", version)
                .and("collector", "github/oss");
        MetricPoint unrepaired = point.withTags(point.tags().and(base));
        MetricPoint viaSanitizeAlone = new SanitizeStage(repairedEachTime).apply(batch(GITHUB, unrepaired)).points()
                .get(0);
        assertEquals(viaSanitizeAlone, viaTheStage);
        assertEquals(repairedEachTime.counter("yardstick.pipeline.tags_dropped",
                Tags.of("stage", "sanitize", "reason", "invalid_tag")), repairedOnce.counter(
                "yardstick.pipeline.tags_dropped", Tags.of("stage", "sanitize", "reason", "invalid_tag")));
    }

    @Test
    void aValidBaseTagSetLetsValidPointsPassSanitizeUntouched() {
        MetricPoint tagged = new TaggingStage(Map.of("owner", "Data"), "0.1.0-SNAPSHOT")
                .apply(batch(GITHUB, Gauge.of("m.x", 1, AT, Tags.of("repo", "a/b")))).points().get(0);
        assertEquals("0.1.0-snapshot", tagged.tags().get("version").orElseThrow());
        assertSame(tagged, new SanitizeStage(new Telemetry()).apply(batch(GITHUB, tagged)).points().get(0));
    }

    @Test
    void environmentStageOverridesAnyEnvTag() {
        Batch out = new EnvironmentStage("staging").apply(batch(GITHUB,
                Gauge.of("m.x", 1, AT, Tags.of("env", "production")), Gauge.of("m.y", 1, AT, Tags.empty())));
        out.points().forEach(point -> assertEquals("staging", point.tags().get("env").orElseThrow()));
    }

    static Stream<Arguments> sanitize() {
        return Stream.of(
                Arguments.of("valid point kept", Gauge.of("a.b", 1, AT, Tags.of("Repo", "X")), "a.b repo:x", ""),
                Arguments.of("NaN dropped", Gauge.of("a.b", Double.NaN, AT, Tags.empty()), null, "non_finite"),
                Arguments.of("infinity dropped", Count.of("a.b", Double.POSITIVE_INFINITY, Duration.ofSeconds(60), AT,
                        Tags.empty()), null, "non_finite"),
                Arguments.of("unnamable dropped", Gauge.of("123", 1, AT, Tags.empty()), null, "invalid_name"),
                Arguments.of("distribution keeps finite samples",
                        Distribution.of("d.x", List.of(1.0, Double.NaN), AT, Tags.empty()), "d.x ", ""),
                Arguments.of("all-NaN distribution dropped",
                        Distribution.of("d.x", List.of(Double.NaN), AT, Tags.empty()), null, "non_finite"),
                Arguments.of("bad tag dropped, name repaired", Gauge.of("a b", 1, AT, Tags.of("1x", "y")), "a_b ", ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sanitize")
    void sanitizeStage(String name, MetricPoint in, String expected, String dropReason) {
        Telemetry telemetry = new Telemetry();
        List<MetricPoint> out = new SanitizeStage(telemetry).apply(batch(GITHUB, in)).points();
        if (expected == null) {
            assertEquals(List.of(), out);
            assertEquals(1, telemetry.counter(DropCounter.METRIC, Tags.of("stage", "sanitize", "reason", dropReason)));
        } else {
            assertEquals(expected, out.get(0).name() + " " + out.get(0).tags());
        }
    }

    @Test
    void sanitizePassesAlreadyValidPointsThroughUntouched() {
        MetricPoint valid = Gauge.of("a.b", 1, AT, Tags.of("repo", "acme/widgets", "bare", ""));
        MetricPoint upper = Gauge.of("a.b", 1, AT, Tags.of("repo", "Acme"));
        List<MetricPoint> out = new SanitizeStage(new Telemetry()).apply(batch(GITHUB, valid, upper)).points();
        assertSame(valid, out.get(0));
        assertNotSame(upper, out.get(1));
        assertEquals("repo:acme", out.get(1).tags().toString());
    }

    @Test
    void sanitizeKeepsOnlyFiniteDistributionSamples() {
        List<MetricPoint> out = new SanitizeStage(new Telemetry())
                .apply(batch(GITHUB, Distribution.of("d.x", List.of(1.0, Double.NaN, 3.0), AT, Tags.empty()))).points();
        assertEquals(List.of(1.0, 3.0), ((Distribution) out.get(0)).values());
    }

    @Test
    void cardinalityGuardCapsSeriesPerMetricAcrossBatchesButNeverSelfTelemetry() {
        Telemetry telemetry = new Telemetry();
        CardinalityGuardStage guard = new CardinalityGuardStage(3, 30, Set.of(), telemetry);
        List<MetricPoint> first = IntStream.range(0, 2).mapToObj(i -> (MetricPoint) Gauge.of("m.x", i, AT,
                Tags.of("pod", "p" + i))).toList();
        List<MetricPoint> second = IntStream.range(0, 4).mapToObj(i -> (MetricPoint) Gauge.of("m.x", i, AT,
                Tags.of("pod", "p" + i))).toList();
        assertEquals(2, guard.apply(new Batch(GITHUB, first)).points().size());
        assertEquals(3, guard.apply(new Batch(GITHUB, second)).points().size(), "p0, p1 repeat; p2 new; p3 capped");
        assertEquals(1, telemetry.counter(DropCounter.METRIC, Tags.of("stage", "cardinality", "reason", "series_cap")));
        assertEquals(4, guard.apply(new Batch(BatchOrigin.SELF, second)).points().size());
    }

    static Stream<Arguments> tagCap() {
        BatchOrigin declared = new BatchOrigin("github/oss", "github", Map.of("team", "platform"),
                Map.of("m.x", List.of("zeta", "repo", "author")));
        Tags base = Tags.of("env", "prod", "service", "ys", "source", "github", "collector", "github/oss",
                "version", "9").and("team", "platform").and("region", "eu");
        return Stream.of(
                Arguments.of("under the cap nothing goes", 10, GITHUB, base.and("repo", "a"), base.and("repo", "a"), 0),
                Arguments.of("extras go from the end of the declared order", 9, declared,
                        base.and(Tags.of("author", "x", "repo", "a", "zeta", "z", "aaa", "1")),
                        base.and(Tags.of("repo", "a", "zeta", "z")), 2),
                Arguments.of("undeclared extras go in reverse key order", 8, GITHUB,
                        base.and(Tags.of("a", "1", "b", "2", "c", "3")), base.and("a", "1"), 2),
                Arguments.of("base tags stay even when they alone exceed the cap", 3, declared,
                        base.and(Tags.of("repo", "a")), base, 1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tagCap")
    void cardinalityGuardKeepsBaseTagsAndDropsTheCollectorsLastTags(String name, int cap, BatchOrigin origin,
            Tags in, Tags expected, int dropped) {
        Telemetry telemetry = new Telemetry();
        Batch out = new CardinalityGuardStage(10, cap, Set.of("service", "region"), telemetry)
                .apply(batch(origin, Gauge.of("m.x", 1, AT, in)));
        assertEquals(expected, out.points().get(0).tags());
        assertEquals(dropped, telemetry.counter("yardstick.pipeline.tags_dropped",
                Tags.of("stage", "cardinality", "reason", "tag_cap")));
    }

    @Test
    void standardPipelineNeverDropsServiceSourceOrVersion() {
        PipelineSettings settings = new PipelineSettings("prod", "9", Map.of("service", "ys"), 10, 8);
        Tags own = Tags.of("a1", "1", "a2", "2", "a3", "3", "a4", "4", "a5", "5", "a6", "6");
        Batch out = Pipeline.standard(settings, new Telemetry()).apply(batch(GITHUB, Gauge.of("m.x", 1, AT, own)));
        Tags tags = out.points().get(0).tags();
        assertEquals(8, tags.size());
        assertEquals("collector:github/oss,env:prod,service:ys,source:github,team:platform,version:9",
                tags.without("a1").without("a2").toString());
    }

    @Test
    void standardPipelineRunsStagesInOrder() {
        PipelineSettings settings = new PipelineSettings("prod", "9", Map.of("service", "ys"), 10, 30);
        Batch out = Pipeline.standard(settings, new Telemetry())
                .apply(batch(GITHUB, Gauge.of("m.x", 1, AT, Tags.of("Env", "Other"))));
        assertEquals("collector:github/oss,env:prod,service:ys,source:github,team:platform,version:9",
                out.points().get(0).tags().toString());
    }
}
