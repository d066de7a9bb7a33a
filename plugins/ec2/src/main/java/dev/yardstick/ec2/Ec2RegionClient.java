package dev.yardstick.ec2;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.DescribeInstanceTypesRequest;
import software.amazon.awssdk.services.ec2.model.DescribeInstancesRequest;
import software.amazon.awssdk.services.ec2.model.DescribeSnapshotsRequest;
import software.amazon.awssdk.services.ec2.model.DescribeSpotPriceHistoryRequest;
import software.amazon.awssdk.services.ec2.model.DescribeVolumesRequest;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.Instance;
import software.amazon.awssdk.services.ec2.model.InstanceTypeInfo;
import software.amazon.awssdk.services.ec2.model.Reservation;

/**
 * The EC2 API of one region, through the SDK's paginators. Every call is bounded by the collection's remaining
 * time ({@code apiCallTimeout}), which also bounds the SDK's retries of {@code RequestLimitExceeded}.
 */
final class Ec2RegionClient {
    /** The largest page DescribeInstances allows; paginated calls use the larger throttling bucket. */
    static final int INSTANCE_PAGE = 1000;
    static final int VOLUME_PAGE = 500;
    static final int SNAPSHOT_PAGE = 1000;
    static final int SPOT_PRICE_PAGE = 1000;
    /** DescribeInstanceTypes accepts at most 100 names per request. */
    static final int TYPES_PER_REQUEST = 100;
    static final String LINUX = "Linux/UNIX";

    private final Ec2Client ec2;
    private final Supplier<Duration> remaining;

    Ec2RegionClient(Ec2Client ec2, Supplier<Duration> remaining) {
        this.ec2 = requireNonNull(ec2, "ec2 is null");
        this.remaining = requireNonNull(remaining, "remaining is null");
    }

    /** The instances in a counted state (filtered by the API, and again here). */
    List<Ec2Instance> instances() throws AwsFailure, InterruptedException {
        DescribeInstancesRequest request = DescribeInstancesRequest.builder().maxResults(INSTANCE_PAGE)
                .filters(Filter.builder().name("instance-state-name").values(Ec2Instance.COUNTED_STATES).build())
                .overrideConfiguration(o -> o.apiCallTimeout(timeout())).build();
        return call("DescribeInstances", () -> {
            List<Ec2Instance> instances = new ArrayList<>();
            for (Reservation reservation : ec2.describeInstancesPaginator(request).reservations()) {
                for (Instance instance : reservation.instances()) {
                    Ec2Instance value = new Ec2Instance(instance.instanceId(), instance.instanceTypeAsString(),
                            instance.state().nameAsString(), instance.instanceLifecycleAsString() == null ? ""
                                    : instance.instanceLifecycleAsString(),
                            instance.placement().availabilityZone(), instance.launchTime());
                    if (value.counted()) {
                        instances.add(value);
                    }
                }
            }
            return instances;
        });
    }

    /** The vCPUs and GPUs of the given types, 100 names per request. */
    List<TypeSpec> instanceTypes(Collection<String> types) throws AwsFailure, InterruptedException {
        List<String> names = List.copyOf(types);
        List<TypeSpec> specs = new ArrayList<>();
        for (int from = 0; from < names.size(); from += TYPES_PER_REQUEST) {
            DescribeInstanceTypesRequest request = DescribeInstanceTypesRequest.builder()
                    .instanceTypesWithStrings(names.subList(from, Math.min(names.size(), from + TYPES_PER_REQUEST)))
                    .overrideConfiguration(o -> o.apiCallTimeout(timeout())).build();
            specs.addAll(call("DescribeInstanceTypes", () -> ec2.describeInstanceTypesPaginator(request)
                    .instanceTypes().stream().map(Ec2RegionClient::spec).toList()));
        }
        return specs;
    }

    private static TypeSpec spec(InstanceTypeInfo info) {
        int gpus = info.gpuInfo() == null ? 0 : info.gpuInfo().gpus().stream()
                .mapToInt(gpu -> gpu.count() == null ? 0 : gpu.count()).sum();
        int vcpus = info.vCpuInfo() == null || info.vCpuInfo().defaultVCpus() == null ? 0
                : info.vCpuInfo().defaultVCpus();
        return new TypeSpec(info.instanceTypeAsString(), vcpus, gpus);
    }

    /** Every EBS volume of the region. */
    List<EbsVolume> volumes() throws AwsFailure, InterruptedException {
        DescribeVolumesRequest request = DescribeVolumesRequest.builder().maxResults(VOLUME_PAGE)
                .overrideConfiguration(o -> o.apiCallTimeout(timeout())).build();
        return call("DescribeVolumes", () -> ec2.describeVolumesPaginator(request).volumes().stream()
                .map(volume -> new EbsVolume(volume.volumeId(), volume.size() == null ? 0 : volume.size(),
                        volume.attachments().size()))
                .toList());
    }

    /** The volume sizes (GiB) of the snapshots the account owns. */
    List<Long> ownSnapshotSizes() throws AwsFailure, InterruptedException {
        DescribeSnapshotsRequest request = DescribeSnapshotsRequest.builder().ownerIds("self")
                .maxResults(SNAPSHOT_PAGE).overrideConfiguration(o -> o.apiCallTimeout(timeout())).build();
        return call("DescribeSnapshots", () -> ec2.describeSnapshotsPaginator(request).snapshots().stream()
                .map(snapshot -> snapshot.volumeSize() == null ? 0L : snapshot.volumeSize().longValue())
                .toList());
    }

    /**
     * The Linux/UNIX spot prices of the types in effect at {@code at}: with StartTime = EndTime = at the API
     * returns, per type and zone, the last change at or before that instant (and any change exactly then).
     */
    List<SpotQuote> spotPrices(Set<String> types, Instant at) throws AwsFailure, InterruptedException {
        DescribeSpotPriceHistoryRequest request = DescribeSpotPriceHistoryRequest.builder()
                .instanceTypesWithStrings(types).productDescriptions(LINUX).startTime(at).endTime(at)
                .maxResults(SPOT_PRICE_PAGE).overrideConfiguration(o -> o.apiCallTimeout(timeout())).build();
        return call("DescribeSpotPriceHistory", () -> ec2.describeSpotPriceHistoryPaginator(request)
                .spotPriceHistory().stream()
                .filter(quote -> LINUX.equals(quote.productDescriptionAsString()))
                .map(quote -> new SpotQuote(quote.instanceTypeAsString(), quote.availabilityZone(),
                        Double.parseDouble(quote.spotPrice()), quote.timestamp()))
                .toList());
    }

    private Duration timeout() {
        return remaining.get();
    }

    /** A block of SDK calls. */
    @FunctionalInterface
    interface SdkCall<T> {
        T run();
    }

    /** Runs SDK calls, turning SDK exceptions into classified failures. */
    static <T> T call(String action, SdkCall<T> calls) throws AwsFailure, InterruptedException {
        try {
            return calls.run();
        } catch (SdkException error) {
            throw AwsFailure.of(action, error);
        } catch (NumberFormatException | NullPointerException bad) {
            throw new AwsFailure(dev.yardstick.api.FailureKind.BAD_RESPONSE,
                    action + ": unexpected answer: " + bad.getMessage(), bad);
        }
    }
}
