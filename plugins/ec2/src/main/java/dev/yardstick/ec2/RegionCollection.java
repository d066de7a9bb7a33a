package dev.yardstick.ec2;

import static java.util.Objects.requireNonNull;

import dev.yardstick.api.CollectFailure;
import dev.yardstick.api.CollectResult;
import dev.yardstick.api.FailureKind;
import dev.yardstick.api.metric.Gauge;
import dev.yardstick.api.metric.Tags;
import java.lang.System.Logger.Level;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * One collection of one region, section by section: {@code instances}, {@code volumes}, {@code snapshots},
 * {@code cost} and {@code idle}. A failing section emits none of its metrics and reports a {@link CollectFailure};
 * the others still emit. The instance listing is shared: its failure fails instances, cost and idle.
 */
final class RegionCollection {
    private final RegionApis apis;
    private final Ec2Settings settings;
    private final PriceTable prices;
    private final Map<String, TypeSpec> typeCache;
    private final System.Logger logger;
    private final Instant at;
    private List<Ec2Instance> instances;
    private AwsFailure instancesFailure;

    RegionCollection(RegionApis apis, Ec2Settings settings, PriceTable prices, Map<String, TypeSpec> typeCache,
            System.Logger logger, Instant at) {
        this.apis = requireNonNull(apis, "apis is null");
        this.settings = requireNonNull(settings, "settings is null");
        this.prices = requireNonNull(prices, "prices is null");
        this.typeCache = requireNonNull(typeCache, "typeCache is null");
        this.logger = requireNonNull(logger, "logger is null");
        this.at = requireNonNull(at, "at is null");
    }

    /** A unit of work producing the values of one section. */
    @FunctionalInterface
    private interface Section {
        Map<String, Double> run() throws AwsFailure, InterruptedException;
    }

    void collectInto(CollectResult.Builder out) throws InterruptedException {
        section("instances", this::instanceMetrics, out);
        section("volumes", () -> StorageMetrics.volumes(apis.ec2().volumes()), out);
        section("snapshots", () -> StorageMetrics.snapshots(apis.ec2().ownSnapshotSizes()), out);
        section("cost", this::costMetrics, out);
        if (settings.idle().enabled()) {
            section("idle", this::idleMetrics, out);
        }
    }

    private Map<String, Double> instanceMetrics() throws AwsFailure, InterruptedException {
        List<Ec2Instance> listed = instances();
        Set<String> types = listed.stream().map(Ec2Instance::type).collect(Collectors.toCollection(TreeSet::new));
        Set<String> missing = new TreeSet<>(types);
        missing.removeAll(typeCache.keySet());
        if (!missing.isEmpty()) {
            apis.ec2().instanceTypes(missing).forEach(spec -> typeCache.put(spec.type(), spec));
        }
        Map<String, TypeSpec> specs = new HashMap<>();
        types.forEach(type -> specs.put(type, typeCache.get(type)));
        specs.values().removeIf(java.util.Objects::isNull);
        try {
            return InstanceMetrics.compute(listed, specs, at);
        } catch (IllegalArgumentException undescribed) {
            throw new AwsFailure(FailureKind.BAD_RESPONSE, undescribed.getMessage(), undescribed);
        }
    }

    private Map<String, Double> costMetrics() throws AwsFailure, InterruptedException {
        List<Ec2Instance> listed = instances();
        Set<String> spotTypes = listed.stream().filter(i -> i.running() && i.spot()).map(Ec2Instance::type)
                .collect(Collectors.toCollection(TreeSet::new));
        List<SpotQuote> quotes = spotTypes.isEmpty() ? List.of() : apis.ec2().spotPrices(spotTypes, at);
        double factor = settings.regionPriceFactors().getOrDefault(apis.region(), 1.0);
        CostMetrics.Result result = CostMetrics.compute(listed, type -> {
            OptionalDouble price = prices.price(type);
            return price.isPresent() ? OptionalDouble.of(price.getAsDouble() * factor) : price;
        }, quotes, at);
        result.spotFallbacks().forEach((typeAndZone, count) -> logger.log(Level.INFO,
                "{0}: no Linux/UNIX spot price for {1} at {2}; {3} running spot instance(s) priced on demand",
                apis.region(), typeAndZone, at, count));
        return result.values();
    }

    private Map<String, Double> idleMetrics() throws AwsFailure, InterruptedException {
        List<String> running = instances().stream().filter(Ec2Instance::running).map(Ec2Instance::id).toList();
        Map<String, Double> means = running.isEmpty() ? Map.of()
                : apis.cpu().meanCpu(running, at.minus(settings.idle().lookback()), at);
        long idle = means.values().stream().filter(mean -> mean < settings.idle().cpuPercent()).count();
        Map<String, Double> values = new LinkedHashMap<>();
        values.put(Ec2Metrics.INSTANCES_IDLE, (double) idle);
        return values;
    }

    /** The counted instances, listed once; the failure fails every section that needs them. */
    private List<Ec2Instance> instances() throws AwsFailure, InterruptedException {
        if (instances == null && instancesFailure == null) {
            try {
                instances = apis.ec2().instances();
            } catch (AwsFailure failure) {
                instancesFailure = failure;
            }
        }
        if (instancesFailure != null) {
            throw instancesFailure;
        }
        return instances;
    }

    private void section(String name, Section section, CollectResult.Builder out) throws InterruptedException {
        Map<String, Double> values;
        try {
            values = section.run();
        } catch (AwsFailure failure) {
            out.fail(new CollectFailure(name, failure.kind(), apis.region() + ": " + failure.getMessage()));
            return;
        }
        Tags tags = Tags.of(Ec2Metrics.REGION_TAG, apis.region());
        values.forEach((metric, value) -> out.add(Gauge.of(metric, value, Ec2Metrics.descriptor(metric).unit(), at,
                tags)));
    }
}
