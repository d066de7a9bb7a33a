package dev.yardstick.ec2;

import dev.yardstick.sandbox.ec2.Ec2DataSet;
import dev.yardstick.sandbox.ec2.InstanceData;
import dev.yardstick.sandbox.ec2.RegionFleet;
import dev.yardstick.sandbox.ec2.SpotPriceData;
import dev.yardstick.sandbox.ec2.SnapshotData;
import dev.yardstick.sandbox.ec2.VolumeData;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The EC2 metrics of a simulated region, computed straight from the data set and the definitions in issue 11,
 * without the plugin's code: the only thing shared is the bundled price file, read here line by line.
 */
final class ExpectedEc2Metrics {
    private static final Set<String> COUNTED = Set.of("pending", "running", "stopping", "stopped");

    private ExpectedEc2Metrics() {
    }

    /** The knobs of a collection that change the values. */
    record Options(Map<String, Double> priceOverrides, double regionFactor, boolean idle, double idlePercent,
            Duration lookback) {
        static Options defaults() {
            return new Options(Map.of(), 1.0, false, 5, Duration.ofHours(1));
        }

        Options withIdle() {
            return new Options(priceOverrides, regionFactor, true, idlePercent, lookback);
        }
    }

    static Map<String, Double> of(Ec2DataSet data, String region, Instant at, Options options) {
        RegionFleet fleet = data.region(region);
        Map<String, Double> expected = new TreeMap<>();
        List<InstanceData> counted = fleet.instances().stream().filter(i -> COUNTED.contains(i.state())).toList();
        expected.put("ec2.instances.total", (double) counted.size());
        expected.put("ec2.instances.running", (double) counted.stream().filter(i -> i.state().equals("running")).count());
        expected.put("ec2.instances.stopped", (double) counted.stream().filter(i -> i.state().equals("stopped")).count());
        expected.put("ec2.instances.spot", (double) counted.stream().filter(i -> i.lifecycle().equals("spot")).count());
        expected.put("ec2.instances.ondemand", (double) counted.stream().filter(i -> !i.lifecycle().equals("spot")).count());
        expected.put("ec2.instances.gpu_instances", (double) counted.stream()
                .filter(i -> data.types().get(i.type()).gpus() > 0).count());
        expected.put("ec2.instances.gpu_count", (double) counted.stream()
                .mapToInt(i -> data.types().get(i.type()).gpus()).sum());
        expected.put("ec2.instances.cpu_count", (double) counted.stream()
                .mapToInt(i -> data.types().get(i.type()).vcpus()).sum());
        if (!counted.isEmpty()) {
            List<Double> ages = counted.stream()
                    .map(i -> (at.toEpochMilli() - i.launchTime().toEpochMilli()) / 86_400_000.0).toList();
            expected.put("ec2.instances.avg_age_days", ages.stream().mapToDouble(d -> d).sum() / ages.size());
            expected.put("ec2.instances.oldest_age_days", ages.stream().mapToDouble(d -> d).max().getAsDouble());
        }
        List<VolumeData> volumes = fleet.volumes();
        expected.put("ec2.ebs.volumes.total", (double) volumes.size());
        expected.put("ec2.ebs.volumes.attached", (double) volumes.stream().filter(v -> !v.attachedTo().isEmpty()).count());
        expected.put("ec2.ebs.volumes.unattached", (double) volumes.stream().filter(v -> v.attachedTo().isEmpty()).count());
        expected.put("ec2.ebs.volumes.size_gb", (double) volumes.stream().mapToLong(VolumeData::sizeGib).sum());
        List<SnapshotData> own = fleet.snapshots().stream().filter(s -> s.ownerId().equals(data.accountId())).toList();
        expected.put("ec2.ebs.snapshots.total", (double) own.size());
        expected.put("ec2.ebs.snapshots.size_gb", (double) own.stream().mapToLong(SnapshotData::volumeSizeGib).sum());
        cost(fleet, at, options, expected);
        if (options.idle()) {
            expected.put("ec2.instances.idle", (double) counted.stream().filter(i -> i.state().equals("running"))
                    .filter(i -> meanCpu(i, at.minus(options.lookback()), at).map(m -> m < options.idlePercent())
                            .orElse(false))
                    .count());
        }
        return expected;
    }

    private static void cost(RegionFleet fleet, Instant at, Options options, Map<String, Double> expected) {
        Map<String, Double> table = new HashMap<>(bundledPrices());
        table.putAll(options.priceOverrides());
        double actual = 0;
        double onDemand = 0;
        int unpriced = 0;
        int priced = 0;
        for (InstanceData instance : fleet.instances()) {
            if (!instance.state().equals("running")) {
                continue;
            }
            Double listPrice = table.get(instance.type());
            if (listPrice == null) {
                unpriced++;
                continue;
            }
            priced++;
            double regional = listPrice * options.regionFactor();
            onDemand += regional;
            actual += instance.lifecycle().equals("spot") ? spotPrice(fleet, instance, at).orElse(regional) : regional;
        }
        expected.put("ec2.cost.running_hourly_estimate", actual);
        expected.put("ec2.cost.monthly_estimate", actual * 730);
        if (priced > 0) {
            expected.put("ec2.cost.spot_savings_pct", 100 * (1 - actual / onDemand));
        }
        expected.put("ec2.cost.unpriced_instances", (double) unpriced);
    }

    /** The latest Linux/UNIX price of the instance's type and zone at or before {@code at}. */
    static Optional<Double> spotPrice(RegionFleet fleet, InstanceData instance, Instant at) {
        return fleet.spotPrices().stream()
                .filter(p -> p.productDescription().equals("Linux/UNIX") && p.type().equals(instance.type())
                        && p.zone().equals(instance.zone()) && !p.timestamp().isAfter(at))
                .max(Comparator.comparing(SpotPriceData::timestamp)).map(SpotPriceData::price);
    }

    static Optional<Double> meanCpu(InstanceData instance, Instant from, Instant to) {
        double[] values = instance.cpu().stream()
                .filter(s -> !s.timestamp().isBefore(from) && s.timestamp().isBefore(to))
                .mapToDouble(InstanceData.CpuSample::percent).toArray();
        if (values.length == 0) {
            return Optional.empty();
        }
        double sum = 0;
        for (double value : values) {
            sum += value;
        }
        return Optional.of(sum / values.length);
    }

    static Map<String, Double> bundledPrices() {
        Map<String, Double> prices = new HashMap<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                ExpectedEc2Metrics.class.getResourceAsStream("/dev/yardstick/ec2/on-demand-prices.tsv"),
                StandardCharsets.UTF_8))) {
            reader.lines().filter(line -> !line.startsWith("#") && !line.isBlank()).forEach(line -> {
                String[] fields = line.split("\t");
                prices.put(fields[0], Double.valueOf(fields[1]));
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return prices;
    }
}
