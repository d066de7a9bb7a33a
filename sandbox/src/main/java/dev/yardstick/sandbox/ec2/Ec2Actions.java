package dev.yardstick.sandbox.ec2;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

/** The Describe* actions of the simulated EC2 Query API, answered from one region's fleet. */
final class Ec2Actions {
    private static final Set<String> INSTANCE_FILTERS = Set.of("instance-state-name", "instance-type",
            "availability-zone", "instance-lifecycle");
    private static final Set<String> SPOT_FILTERS = Set.of("instance-type", "availability-zone", "product-description");

    private final Ec2DataSet data;
    private final RegionFleet fleet;
    private final int pageCap;
    private final String requestId = UUID.randomUUID().toString();

    Ec2Actions(Ec2DataSet data, RegionFleet fleet, int pageCap) {
        this.data = data;
        this.fleet = fleet;
        this.pageCap = pageCap;
    }

    String requestId() {
        return requestId;
    }

    String answer(String action, QueryParameters params) throws Ec2Error {
        return switch (action) {
            case "DescribeInstances" -> instances(params);
            case "DescribeInstanceTypes" -> instanceTypes(params);
            case "DescribeVolumes" -> volumes(params);
            case "DescribeSnapshots" -> snapshots(params);
            case "DescribeSpotPriceHistory" -> spotPrices(params);
            default -> throw new Ec2Error(400, "InvalidAction", "The action " + action + " is not valid for this web service.");
        };
    }

    private String instances(QueryParameters params) throws Ec2Error {
        Map<String, List<String>> filters = params.filters();
        checkFilters(filters, INSTANCE_FILTERS);
        List<InstanceData> matching = fleet.instances().stream()
                .filter(matches(filters, "instance-state-name", InstanceData::state))
                .filter(matches(filters, "instance-type", InstanceData::type))
                .filter(matches(filters, "availability-zone", InstanceData::zone))
                .filter(matches(filters, "instance-lifecycle", InstanceData::lifecycle))
                .toList();
        Paging.Page<InstanceData> page = Paging.page("DescribeInstances", matching, params, 5, 1000, pageCap);
        Map<String, List<InstanceData>> reservations = new LinkedHashMap<>();
        page.items().forEach(i -> reservations.computeIfAbsent(i.reservationId(), r -> new ArrayList<>()).add(i));
        Xml xml = start("DescribeInstancesResponse").open("reservationSet");
        for (Map.Entry<String, List<InstanceData>> reservation : reservations.entrySet()) {
            xml.open("item").element("reservationId", reservation.getKey()).element("ownerId", data.accountId())
                    .open("groupSet").close("groupSet").open("instancesSet");
            for (InstanceData instance : reservation.getValue()) {
                Ec2XmlViews.instance(xml, instance);
            }
            xml.close("instancesSet").close("item");
        }
        return finish(xml.close("reservationSet"), page.nextToken(), "DescribeInstancesResponse");
    }

    private String instanceTypes(QueryParameters params) throws Ec2Error {
        List<String> names = params.list("InstanceType");
        if (names.size() > 100) {
            throw Ec2Error.invalidParameter("The maximum number of instance types is 100.");
        }
        List<String> unknown = names.stream().filter(name -> !data.types().containsKey(name)).toList();
        if (!unknown.isEmpty()) {
            throw new Ec2Error(400, "InvalidInstanceType",
                    "The following supplied instance types do not exist: " + unknown);
        }
        List<InstanceTypeData> types = (names.isEmpty() ? data.types().keySet().stream().sorted().toList() : names)
                .stream().distinct().map(data.types()::get).toList();
        Paging.Page<InstanceTypeData> page = Paging.page("DescribeInstanceTypes", types, params, 5, 100, pageCap);
        Xml xml = start("DescribeInstanceTypesResponse").open("instanceTypeSet");
        page.items().forEach(type -> Ec2XmlViews.instanceType(xml, type));
        return finish(xml.close("instanceTypeSet"), page.nextToken(), "DescribeInstanceTypesResponse");
    }

    private String volumes(QueryParameters params) throws Ec2Error {
        checkFilters(params.filters(), Set.of());
        Paging.Page<VolumeData> page = Paging.page("DescribeVolumes", fleet.volumes(), params, 5, 500, pageCap);
        Map<String, Instant> launches = new HashMap<>();
        fleet.instances().forEach(i -> launches.put(i.id(), i.launchTime()));
        Xml xml = start("DescribeVolumesResponse").open("volumeSet");
        page.items().forEach(volume -> Ec2XmlViews.volume(xml, volume, data.reference(), launches));
        return finish(xml.close("volumeSet"), page.nextToken(), "DescribeVolumesResponse");
    }

    private String snapshots(QueryParameters params) throws Ec2Error {
        checkFilters(params.filters(), Set.of());
        List<String> owners = params.list("Owner").stream()
                .map(owner -> owner.equals("self") ? data.accountId() : owner).toList();
        List<SnapshotData> visible = fleet.snapshots().stream()
                .filter(snapshot -> owners.isEmpty() || owners.contains(snapshot.ownerId())).toList();
        Paging.Page<SnapshotData> page = Paging.page("DescribeSnapshots", visible, params, 5, 1000, pageCap);
        Xml xml = start("DescribeSnapshotsResponse").open("snapshotSet");
        page.items().forEach(snapshot -> Ec2XmlViews.snapshot(xml, snapshot, data.reference()));
        return finish(xml.close("snapshotSet"), page.nextToken(), "DescribeSnapshotsResponse");
    }

    /**
     * Like EC2: with a start time, the changes in [StartTime, EndTime] plus, per type, zone and product, the last
     * change before StartTime (the price in effect at the start).
     */
    private String spotPrices(QueryParameters params) throws Ec2Error {
        Map<String, List<String>> filters = params.filters();
        checkFilters(filters, SPOT_FILTERS);
        List<String> types = params.list("InstanceType");
        List<String> products = params.list("ProductDescription");
        Optional<String> zone = params.get("AvailabilityZone");
        Optional<Instant> start = params.instant("StartTime");
        Instant end = params.instant("EndTime").orElse(Instant.MAX);
        List<SpotPriceData> candidates = fleet.spotPrices().stream()
                .filter(p -> types.isEmpty() || types.contains(p.type()))
                .filter(p -> products.isEmpty() || products.contains(p.productDescription()))
                .filter(p -> zone.isEmpty() || zone.get().equals(p.zone()))
                .filter(matches(filters, "instance-type", SpotPriceData::type))
                .filter(matches(filters, "availability-zone", SpotPriceData::zone))
                .filter(matches(filters, "product-description", SpotPriceData::productDescription))
                .filter(p -> !p.timestamp().isAfter(end))
                .toList();
        List<SpotPriceData> result = new ArrayList<>();
        Map<String, SpotPriceData> inEffectAtStart = new LinkedHashMap<>();
        for (SpotPriceData price : candidates) {
            if (start.isEmpty() || !price.timestamp().isBefore(start.get())) {
                result.add(price);
            } else {
                inEffectAtStart.merge(price.type() + "|" + price.zone() + "|" + price.productDescription(), price,
                        (a, b) -> b.timestamp().isAfter(a.timestamp()) ? b : a);
            }
        }
        result.addAll(inEffectAtStart.values());
        result.sort(Comparator.comparing(SpotPriceData::timestamp).reversed()
                .thenComparing(SpotPriceData::type).thenComparing(SpotPriceData::zone)
                .thenComparing(SpotPriceData::productDescription));
        Paging.Page<SpotPriceData> page = Paging.page("DescribeSpotPriceHistory", result, params, 1, 1000, pageCap);
        Xml xml = start("DescribeSpotPriceHistoryResponse").open("spotPriceHistorySet");
        page.items().forEach(price -> Ec2XmlViews.spotPrice(xml, price));
        return finish(xml.close("spotPriceHistorySet"), page.nextToken(), "DescribeSpotPriceHistoryResponse");
    }

    private Xml start(String root) {
        return Xml.response(root).element("requestId", requestId);
    }

    private static String finish(Xml xml, Optional<String> nextToken, String root) {
        nextToken.ifPresent(token -> xml.element("nextToken", token));
        return xml.close(root).toString();
    }

    private static void checkFilters(Map<String, List<String>> filters, Set<String> supported) throws Ec2Error {
        for (String name : filters.keySet()) {
            if (!supported.contains(name)) {
                throw Ec2Error.invalidParameter("The filter '" + name + "' is invalid");
            }
        }
    }

    private static <T> Predicate<T> matches(Map<String, List<String>> filters, String name,
            java.util.function.Function<T, String> field) {
        List<String> values = filters.get(name);
        return item -> values == null || values.contains(field.apply(item));
    }
}
