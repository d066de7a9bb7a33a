package dev.yardstick.sandbox.ec2;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Builds the standard EC2 data set from a seed: a large us-east-1 fleet (more than two pages of instances, every
 * state, spot, on-demand, capacity-block and scheduled lifecycles, CPU and GPU types, types without an on-demand
 * price, idle, busy and borderline CPU, instances without CPU data), attached, multi-attached and unattached
 * volumes, own and shared snapshots, and a spot price history with several Linux and Windows prices per type and
 * zone (one pair with none), and a small eu-west-1 fleet.
 */
final class Ec2FleetGenerator {
    static final String SHARED_OWNER = "210987654321";
    /** The one spot type and zone with a Windows price history only: its instances fall back to on demand. */
    static final String NO_LINUX_PRICE_TYPE = "g6e.xlarge";
    static final String NO_LINUX_PRICE_ZONE = "us-east-1f";
    private static final Map<String, InstanceTypeData> TYPES = types(
            new InstanceTypeData("t3.medium", 2, 0, ""), new InstanceTypeData("m5.large", 2, 0, ""),
            new InstanceTypeData("m5.xlarge", 4, 0, ""), new InstanceTypeData("m6i.large", 2, 0, ""),
            new InstanceTypeData("m7g.large", 2, 0, ""), new InstanceTypeData("c5.2xlarge", 8, 0, ""),
            new InstanceTypeData("c6i.xlarge", 4, 0, ""), new InstanceTypeData("r5.large", 2, 0, ""),
            new InstanceTypeData("g4dn.xlarge", 4, 1, "T4"), new InstanceTypeData("g4dn.12xlarge", 48, 4, "T4"),
            new InstanceTypeData("g5.xlarge", 4, 1, "A10G"), new InstanceTypeData("g5.12xlarge", 48, 4, "A10G"),
            new InstanceTypeData("g6.xlarge", 4, 1, "L4"), new InstanceTypeData("g6e.xlarge", 4, 1, "L40S"),
            new InstanceTypeData("p4d.24xlarge", 96, 8, "A100"), new InstanceTypeData("p5.48xlarge", 192, 8, "H100"),
            new InstanceTypeData("mac2.metal", 8, 0, ""), new InstanceTypeData("u-6tb1.metal", 448, 0, ""));
    /** Types never run as spot (no spot market). */
    private static final List<String> NO_SPOT = List.of("mac2.metal", "u-6tb1.metal");
    private static final int[] VOLUME_SIZES = {8, 20, 30, 50, 100, 200, 500, 1000, 2000, 16384};

    private final Random random;
    private final Instant reference;

    private Ec2FleetGenerator(Instant reference) {
        this.random = new Random(0xEC2L ^ reference.getEpochSecond());
        this.reference = reference;
    }

    private record Profile(String region, List<String> zones, int instances, int volumes, int ownSnapshots,
            int sharedSnapshots, Map<String, Integer> typeWeights, boolean edges) {
    }

    static Ec2DataSet generate(Instant reference) {
        Ec2FleetGenerator generator = new Ec2FleetGenerator(reference);
        Map<String, Integer> mixed = new LinkedHashMap<>();
        int[] weights = {12, 20, 10, 8, 5, 8, 6, 6, 6, 2, 6, 2, 3, 2, 1, 1, 1, 1};
        List<String> names = List.copyOf(TYPES.keySet());
        for (int i = 0; i < names.size(); i++) {
            mixed.put(names.get(i), weights[i]);
        }
        RegionFleet east = generator.fleet(new Profile("us-east-1",
                List.of("us-east-1a", "us-east-1b", "us-east-1c", "us-east-1d", "us-east-1f"), 2350, 1240, 1050, 60,
                mixed, true));
        RegionFleet west = generator.fleet(new Profile("eu-west-1",
                List.of("eu-west-1a", "eu-west-1b", "eu-west-1c"), 40, 25, 12, 3,
                west(), false));
        return new Ec2DataSet(reference, Ec2DataSet.ACCOUNT_ID, TYPES, Map.of(east.region(), east, west.region(), west));
    }

    private static Map<String, Integer> west() {
        Map<String, Integer> weights = new LinkedHashMap<>();
        weights.put("m5.large", 5);
        weights.put("c5.2xlarge", 3);
        weights.put("g5.xlarge", 2);
        return weights;
    }

    private RegionFleet fleet(Profile profile) {
        String prefix = profile.region().substring(0, 2) + Integer.toHexString(profile.region().hashCode() & 0xfff);
        List<InstanceData> instances = new ArrayList<>();
        if (profile.edges()) {
            instances.addAll(edges(prefix));
        }
        while (instances.size() < profile.instances()) {
            instances.add(instance(prefix, instances.size(), profile));
        }
        List<VolumeData> volumes = new ArrayList<>();
        for (int i = 0; i < profile.volumes(); i++) {
            volumes.add(volume(prefix, i, instances, profile.zones()));
        }
        List<SnapshotData> snapshots = new ArrayList<>();
        int total = profile.ownSnapshots() + profile.sharedSnapshots();
        int spacing = total / profile.sharedSnapshots();
        int shared = 0;
        for (int i = 0; i < total; i++) {
            boolean foreign = i % spacing == 1 && shared < profile.sharedSnapshots();
            shared += foreign ? 1 : 0;
            String owner = foreign ? SHARED_OWNER : Ec2DataSet.ACCOUNT_ID;
            snapshots.add(new SnapshotData(String.format("snap-%s%010x", prefix, i), owner,
                    VOLUME_SIZES[random.nextInt(VOLUME_SIZES.length)]));
        }
        return new RegionFleet(profile.region(), instances, volumes, snapshots, spotPrices(profile));
    }

    /** Hand-placed instances for the cases a random fleet might miss. */
    private List<InstanceData> edges(String prefix) {
        List<InstanceData> edges = new ArrayList<>();
        edges.add(make(prefix, 0, "g6e.xlarge", "running", "spot", NO_LINUX_PRICE_ZONE, days(12), cpu(20, 60)));
        edges.add(make(prefix, 1, "mac2.metal", "running", "", "us-east-1a", days(40), cpu(10, 30)));
        edges.add(make(prefix, 2, "u-6tb1.metal", "running", "", "us-east-1b", days(400), cpu(1, 3)));
        edges.add(make(prefix, 3, "g5.xlarge", "running", "spot", "us-east-1a", days(100), cpu(50, 90)));
        edges.add(make(prefix, 4, "p5.48xlarge", "running", "capacity-block", "us-east-1a", days(3), cpu(80, 99)));
        edges.add(make(prefix, 5, "m5.large", "running", "scheduled", "us-east-1c", days(7), cpu(0.5, 2)));
        edges.add(make(prefix, 6, "m5.large", "running", "", "us-east-1c", days(20), constantCpu(5.0)));
        edges.add(make(prefix, 7, "m5.large", "running", "", "us-east-1d", days(1), List.of()));
        edges.add(make(prefix, 8, "m5.large", "terminated", "", "us-east-1d", days(900), List.of()));
        edges.add(make(prefix, 9, "p4d.24xlarge", "shutting-down", "spot", "us-east-1b", days(2), List.of()));
        return edges;
    }

    private InstanceData instance(String prefix, int index, Profile profile) {
        String type = weighted(profile.typeWeights());
        double roll = random.nextDouble();
        String state = roll < 0.60 ? "running" : roll < 0.75 ? "stopped" : roll < 0.87 ? "terminated"
                : roll < 0.90 ? "pending" : roll < 0.93 ? "stopping" : "shutting-down";
        String lifecycle = "";
        if (!NO_SPOT.contains(type)) {
            double kind = random.nextDouble();
            lifecycle = type.startsWith("p5") && kind < 0.3 ? "capacity-block" : kind < 0.36 ? "spot"
                    : kind > 0.995 ? "scheduled" : "";
        }
        String zone = profile.zones().get(random.nextInt(profile.zones().size()));
        Instant launch = reference.minus(Duration.ofMinutes(10 + random.nextInt(500 * 24 * 60)));
        List<InstanceData.CpuSample> cpu = List.of();
        if (state.equals("running")) {
            double kind = random.nextDouble();
            cpu = kind < 0.35 ? cpu(0.1, 4.9) : kind < 0.45 ? cpu(2, 8.5) : kind < 0.47 ? List.of() : cpu(8, 95);
        }
        return make(prefix, index, type, state, lifecycle, zone, launch, cpu);
    }

    private InstanceData make(String prefix, int index, String type, String state, String lifecycle, String zone,
            Instant launch, List<InstanceData.CpuSample> cpu) {
        return new InstanceData(String.format("i-%s%013x", prefix, index), String.format("r-%s%013x", prefix, index / 3),
                type, state, lifecycle, zone, launch, cpu);
    }

    private Instant days(long days) {
        return reference.minus(Duration.ofDays(days));
    }

    /**
     * Basic-monitoring datapoints every 5 minutes from 2 hours before the reference up to it (inclusive), values
     * uniform in [low, high); the datapoint at the reference itself is far out of range, so a window that wrongly
     * includes its end shows.
     */
    private List<InstanceData.CpuSample> cpu(double low, double high) {
        List<InstanceData.CpuSample> samples = new ArrayList<>();
        for (int k = 24; k >= 1; k--) {
            samples.add(new InstanceData.CpuSample(reference.minus(Duration.ofMinutes(5L * k)),
                    low + random.nextDouble() * (high - low)));
        }
        samples.add(new InstanceData.CpuSample(reference, 99.0));
        return samples;
    }

    private List<InstanceData.CpuSample> constantCpu(double value) {
        List<InstanceData.CpuSample> samples = new ArrayList<>();
        for (int k = 24; k >= 1; k--) {
            samples.add(new InstanceData.CpuSample(reference.minus(Duration.ofMinutes(5L * k)), value));
        }
        return samples;
    }

    private VolumeData volume(String prefix, int index, List<InstanceData> instances, List<String> zones) {
        double roll = random.nextDouble();
        List<String> attached = new ArrayList<>();
        List<InstanceData> live = instances.stream().filter(i -> !i.state().equals("terminated")).toList();
        if (roll < 0.78) {
            attached.add(live.get(random.nextInt(live.size())).id());
        } else if (roll < 0.80) {
            attached.add(live.get(random.nextInt(live.size())).id());
            attached.add(live.get(random.nextInt(live.size())).id());
        }
        return new VolumeData(String.format("vol-%s%010x", prefix, index), VOLUME_SIZES[random.nextInt(VOLUME_SIZES.length)],
                zones.get(random.nextInt(zones.size())), attached);
    }

    /** Several Linux/UNIX and Windows prices per type and zone over three days, and one change after the reference. */
    private List<SpotPriceData> spotPrices(Profile profile) {
        List<SpotPriceData> prices = new ArrayList<>();
        long[] hoursBefore = {72, 50, 27, 9, 1};
        for (String type : profile.typeWeights().keySet()) {
            if (NO_SPOT.contains(type)) {
                continue;
            }
            InstanceTypeData spec = TYPES.get(type);
            double base = 0.012 * spec.vcpus() + 0.25 * spec.gpus();
            for (String zone : profile.zones()) {
                boolean linux = !(type.equals(NO_LINUX_PRICE_TYPE) && zone.equals(NO_LINUX_PRICE_ZONE));
                for (long hours : hoursBefore) {
                    if (hours != 72 && random.nextDouble() < 0.3) {
                        continue;
                    }
                    Instant when = reference.minus(Duration.ofHours(hours)).plusSeconds(random.nextInt(3000));
                    if (linux) {
                        prices.add(new SpotPriceData(type, zone, "Linux/UNIX", price(base), when));
                    }
                    prices.add(new SpotPriceData(type, zone, "Windows", price(base * 2), when));
                }
                if (linux) {
                    prices.add(new SpotPriceData(type, zone, "Linux/UNIX", price(base * 3), reference.plusSeconds(1800)));
                }
            }
        }
        if (profile.edges()) {
            prices.add(new SpotPriceData("g5.xlarge", "us-east-1a", "Linux/UNIX", 0.4321, reference));
        }
        return prices;
    }

    private double price(double base) {
        return Math.round(base * (0.6 + random.nextDouble() * 0.8) * 1_000_000) / 1_000_000.0;
    }

    private String weighted(Map<String, Integer> weights) {
        int total = weights.values().stream().mapToInt(Integer::intValue).sum();
        int pick = random.nextInt(total);
        for (Map.Entry<String, Integer> entry : weights.entrySet()) {
            pick -= entry.getValue();
            if (pick < 0) {
                return entry.getKey();
            }
        }
        throw new IllegalStateException("unreachable");
    }

    private static Map<String, InstanceTypeData> types(InstanceTypeData... types) {
        Map<String, InstanceTypeData> byName = new LinkedHashMap<>();
        for (InstanceTypeData type : types) {
            byName.put(type.type(), type);
        }
        return byName;
    }
}
