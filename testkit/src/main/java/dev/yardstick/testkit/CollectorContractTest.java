package dev.yardstick.testkit;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import dev.yardstick.api.CollectRequest;
import dev.yardstick.api.CollectResult;
import dev.yardstick.api.Collector;
import dev.yardstick.api.CollectorFactory;
import dev.yardstick.api.Inputs;
import dev.yardstick.api.PointBuffer;
import dev.yardstick.api.config.SecretResolver;
import dev.yardstick.api.metric.MetricDescriptor;
import dev.yardstick.api.metric.MetricPoint;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The contract every collector plugin honours. A plugin's test extends this class, says how to build its
 * factory, its test configuration and its context (usually pointed at a simulated upstream), and inherits the
 * checks: the factory is discoverable, its {@code reference.conf} defines keys only under its own type, the
 * test fixture yields points (a collector that silently emits nothing fails), only declared metrics are emitted,
 * secret values never leak into results or logs, and {@code close} is idempotent. A collection's points are those
 * the collector emitted through {@code request.emitter()} followed by those it returned, as the runtime sees them.
 */
public abstract class CollectorContractTest {
    private static final Pattern TYPE = Pattern.compile("[a-z][a-z0-9-]*");
    private static final Pattern METRIC_NAME = Pattern.compile("[a-z][a-z0-9_]*(\\.[a-z0-9_]+)+");
    /** A secret value the contract feeds every secret key; it must never appear in output. */
    protected static final String CANARY_SECRET = "canary-s3cr3t-9f8e7d";

    /**
     * Returns the factory under test.
     *
     * @return a new factory
     */
    protected abstract CollectorFactory factory();

    /**
     * Returns test settings for the collector block, in HOCON, e.g. the simulated upstream's URL.
     * Secret keys are set to references that resolve to {@link #CANARY_SECRET} by the contract itself.
     *
     * @return HOCON relative to {@code yardstick.collectors.<type>}
     */
    protected abstract String testSettings();

    /**
     * Returns the context the collector runs with; the given secrets must be used as its resolver.
     *
     * @param secrets resolves every secret reference of the test configuration
     * @return the context
     */
    protected abstract FakeCollectorContext context(SecretResolver secrets);

    /**
     * Returns the evaluation instant of the contract's collection.
     *
     * @return the instant, 2026-11-20T12:00:00Z by default
     */
    protected Instant at() {
        return Instant.parse("2026-11-20T12:00:00Z");
    }

    @Test
    void factoryIsDiscoverableThroughServiceLoader() {
        Set<Class<?>> found = ServiceLoader.load(CollectorFactory.class).stream()
                .map(ServiceLoader.Provider::type).collect(Collectors.toSet());
        assertTrue(found.contains(factory().getClass()),
                "META-INF/services/dev.yardstick.api.CollectorFactory does not list " + factory().getClass());
    }

    @Test
    void typeIsValid() {
        assertTrue(TYPE.matcher(factory().type()).matches(), "type must match " + TYPE + ": " + factory().type());
    }

    @Test
    void referenceConfDefinesKeysOnlyUnderItsOwnType() {
        Config reference = ownReferenceConf();
        Set<String> roots = reference.root().keySet();
        assertEquals(Set.of("yardstick"), roots, "reference.conf roots");
        Config yardstick = reference.getConfig("yardstick");
        assertEquals(Set.of("collectors"), yardstick.root().keySet(), "keys under yardstick");
        assertEquals(Set.of(factory().type()), yardstick.getConfig("collectors").root().keySet(),
                "keys under yardstick.collectors");
    }

    @Test
    void secretKeysAreDeclaredInReferenceConf() {
        Config block = ownReferenceConf().getConfig("yardstick.collectors." + factory().type());
        for (String key : factory().secretKeys()) {
            assertTrue(block.hasPathOrNull(key), "secret key '" + key + "' is not in reference.conf");
        }
    }

    @Test
    void catalogueIsWellFormed() {
        List<MetricDescriptor> metrics = factory().metrics();
        assertFalse(metrics.isEmpty(), "a collector declares at least one metric");
        Set<String> seen = new HashSet<>();
        for (MetricDescriptor metric : metrics) {
            assertTrue(METRIC_NAME.matcher(metric.name()).matches(), "metric name: " + metric.name());
            assertTrue(metric.name().length() <= 200, "metric name over 200 chars: " + metric.name());
            assertTrue(seen.add(metric.name()), "metric declared twice: " + metric.name());
            assertFalse(metric.description().isBlank(), "description of " + metric.name());
        }
    }

    /**
     * Tells whether the test fixture holds no data, so that the collector rightly emits nothing. The default is
     * false: the contract then requires points, so that a collector that silently reads nothing (a wrong path,
     * a renamed field) fails instead of passing every other check vacuously.
     *
     * @return true only for a deliberately empty fixture
     */
    protected boolean fixtureIsEmpty() {
        return false;
    }

    @Test
    void emitsPointsForANonEmptyFixture() throws InterruptedException {
        CollectResult result = collectOnce();
        if (fixtureIsEmpty()) {
            assertEquals(List.of(), result.points(), "the fixture is declared empty");
        } else {
            assertFalse(result.points().isEmpty(), "no points from a non-empty fixture; failures: "
                    + result.failures());
        }
    }

    @Test
    void emitsOnlyDeclaredMetricsWithDeclaredKindsAndTags() throws InterruptedException {
        Map<String, MetricDescriptor> catalogue = factory().metrics().stream()
                .collect(Collectors.toMap(MetricDescriptor::name, d -> d));
        CollectResult result = collectOnce();
        for (MetricPoint point : result.points()) {
            MetricDescriptor descriptor = catalogue.get(point.name());
            if (descriptor == null) {
                fail("undeclared metric emitted: " + point.name());
            }
            assertEquals(descriptor.kind(), point.kind(), "kind of " + point.name());
            assertTrue(descriptor.tagKeys().containsAll(point.tags().asMap().keySet()),
                    point.name() + " carries undeclared tag keys " + point.tags());
        }
    }

    @Test
    void secretValuesNeverLeakIntoResultsOrLogs() throws InterruptedException {
        FakeCollectorContext context = context(canarySecrets());
        CollectResult result;
        try (Collector collector = factory().create(config(canarySecrets()), context)) {
            result = collectAll(collector);
        }
        String everything = result.toString() + context.logger().lines();
        assertFalse(everything.contains(CANARY_SECRET), "a secret value leaked: " + everything);
    }

    @Test
    void closeIsIdempotent() {
        Collector collector = factory().create(config(canarySecrets()), context(canarySecrets()));
        assertDoesNotThrow(() -> {
            collector.close();
            collector.close();
        });
    }

    /**
     * Runs one collection with the test settings, for subclasses' own checks.
     *
     * @return the result, whose points are the whole collection's: those the collector emitted through the
     *     request's emitter, in order, then those it returned
     * @throws InterruptedException if interrupted
     */
    protected CollectResult collectOnce() throws InterruptedException {
        try (Collector collector = factory().create(config(canarySecrets()), context(canarySecrets()))) {
            return collectAll(collector);
        }
    }

    /** One collection; emitted points are buffered by the request and put in front of the returned ones. */
    private CollectResult collectAll(Collector collector) throws InterruptedException {
        PointBuffer emitted = new PointBuffer();
        CollectResult result = collector.collect(new CollectRequest(at(), at().plus(Duration.ofMinutes(2)),
                Inputs.none(), emitted));
        emitted.end();
        return new CollectResult(emitted.pointsWith(result), result.failures());
    }

    private TestCollectorConfig config(SecretResolver secrets) {
        StringBuilder hocon = new StringBuilder(testSettings()).append('\n');
        for (String key : factory().secretKeys()) {
            hocon.append(key).append(" = \"secret:env:CONTRACT_").append(key.toUpperCase().replace('-', '_'))
                    .append("\"\n");
        }
        return TestCollectorConfig.of(factory().type(), hocon.toString(), factory().getClass().getClassLoader(),
                secrets);
    }

    private SecretResolver canarySecrets() {
        Map<String, String> values = new HashMap<>();
        for (String key : factory().secretKeys()) {
            values.put("secret:env:CONTRACT_" + key.toUpperCase().replace('-', '_'), CANARY_SECRET);
        }
        return new MapSecretResolver(values);
    }

    private Config ownReferenceConf() {
        URL location = factory().getClass().getProtectionDomain().getCodeSource().getLocation();
        try {
            for (URL url : java.util.Collections.list(factory().getClass().getClassLoader()
                    .getResources("reference.conf"))) {
                if (url.toString().contains(location.getPath())) {
                    return ConfigFactory.parseURL(url);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new AssertionError("no reference.conf beside " + location);
    }
}
