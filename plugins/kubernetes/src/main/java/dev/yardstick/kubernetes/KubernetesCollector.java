package dev.yardstick.kubernetes;

import static java.util.Objects.requireNonNull;

import dev.yardstick.api.CollectFailure;
import dev.yardstick.api.CollectRequest;
import dev.yardstick.api.CollectResult;
import dev.yardstick.api.Collector;
import dev.yardstick.api.CollectorContext;
import dev.yardstick.api.FailureKind;
import dev.yardstick.api.metric.Gauge;
import dev.yardstick.api.metric.Tags;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.metrics.v1beta1.PodMetrics;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Collects the 15 Kubernetes metrics of one cluster in four sections: {@code pods} (needs the pod list),
 * {@code resources} and {@code utilization} (need pods and metrics-server's usage) and {@code deployments}. A failed
 * list fails only the sections that need it.
 */
final class KubernetesCollector implements Collector {
    static final List<String> SECTIONS = List.of("pods", "resources", "utilization", "deployments");

    private final KubernetesSettings settings;
    private final CollectorContext context;

    KubernetesCollector(KubernetesSettings settings, CollectorContext context) {
        this.settings = requireNonNull(settings, "settings is null");
        this.context = requireNonNull(context, "context is null");
    }

    /** A unit of work producing the measurements of one section. */
    @FunctionalInterface
    private interface Section {
        List<Measurement> run() throws KubernetesApiException;
    }

    @Override
    public CollectResult collect(CollectRequest request) throws InterruptedException {
        CollectResult.Builder out = CollectResult.builder();
        Duration left = Duration.between(context.clock().instant(), request.deadline());
        if (left.isNegative() || left.isZero()) {
            failAll(out, new KubernetesApiException(FailureKind.TIMEOUT, "the deadline passed before collection began"));
            return out.build();
        }
        KubernetesClient client;
        try {
            client = ClusterConnection.open(settings.access(), left, context);
        } catch (KubernetesClientException failure) {
            failAll(out, ApiFailures.of("connecting through " + settings.access().describe(), failure));
            return out.build();
        }
        try (client) {
            ClusterReader reader = new ClusterReader(client, settings,
                    new ChunkedLister(settings.pageSize(), context.clock(), request.deadline()));
            collectInto(reader, request.at(), out);
        }
        return out.build();
    }

    private void collectInto(ClusterReader reader, Instant at, CollectResult.Builder out) throws InterruptedException {
        Listed<Pod> pods = Listed.of(reader::pods);
        Listed<Deployment> deployments = Listed.of(reader::deployments);
        // Without pods no usage section can run: the metrics call is skipped and they fail as the pods did.
        Listed<PodMetrics> metrics = pods.failure() != null ? new Listed<>(null, pods.failure())
                : Listed.of(reader::podMetrics);
        context.logger().log(System.Logger.Level.DEBUG, () -> "cluster " + settings.clusterName() + ": listed "
                + pods.size() + " pods, " + deployments.size() + " deployments, " + metrics.size() + " pod metrics");
        Set<String> universe = namespaces(pods.items());
        section("pods", pods.failure(), () -> PodHealthMetrics.compute(pods.items(), at, settings.highRestarts(),
                counts(universe)), at, out);
        section("resources", metrics.failure(), () -> ResourceMetrics.resources(
                MeasuredPod.of(pods.items(), metrics.items()), counts(universe)), at, out);
        section("utilization", metrics.failure(), () -> ResourceMetrics.utilization(
                MeasuredPod.of(pods.items(), metrics.items()), counts(universe)), at, out);
        section("deployments", deployments.failure(), () -> List.of(Measurement.of(KubernetesMetrics.ZERO_REPLICAS,
                deployments.items().stream().filter(ClusterFacts::scaledToZero).count())), at, out);
    }

    /** A list read from the API server, or why it could not be read. */
    private record Listed<T>(List<T> items, KubernetesApiException failure) {
        /** Reads a list. */
        @FunctionalInterface
        interface Read<T> {
            List<T> read() throws KubernetesApiException, InterruptedException;
        }

        static <T> Listed<T> of(Read<T> read) throws InterruptedException {
            try {
                return new Listed<>(read.read(), null);
            } catch (KubernetesApiException failure) {
                return new Listed<>(null, failure);
            }
        }

        String size() {
            return items == null ? "no" : String.valueOf(items.size());
        }
    }

    /** The namespaces that get a value per namespace: those of the listed pods and the included ones. */
    private Set<String> namespaces(List<Pod> pods) {
        Set<String> universe = new TreeSet<>(settings.includeNamespaces());
        if (pods != null) {
            pods.forEach(pod -> universe.add(ObjectNames.namespace(pod)));
        }
        return universe;
    }

    private NamespaceCounts counts(Set<String> universe) {
        return new NamespaceCounts(settings.byNamespace(), universe);
    }

    private void section(String name, KubernetesApiException needed, Section section, Instant at,
            CollectResult.Builder out) {
        List<Measurement> measurements;
        try {
            if (needed != null) {
                throw needed;
            }
            measurements = section.run();
        } catch (KubernetesApiException failure) {
            out.fail(new CollectFailure(name, failure.kind(), "cluster " + settings.clusterName() + ": "
                    + failure.getMessage()));
            return;
        }
        Tags cluster = Tags.of(KubernetesMetrics.CLUSTER_TAG, settings.clusterName());
        for (Measurement measurement : measurements) {
            Tags tags = measurement.namespace().map(ns -> cluster.and(KubernetesMetrics.NAMESPACE_TAG, ns)).orElse(cluster);
            out.add(Gauge.of(measurement.name(), measurement.value(),
                    KubernetesMetrics.descriptor(measurement.name()).unit(), at, tags));
        }
    }

    private void failAll(CollectResult.Builder out, KubernetesApiException failure) {
        for (String section : SECTIONS) {
            out.fail(new CollectFailure(section, failure.kind(), "cluster " + settings.clusterName() + ": "
                    + failure.getMessage()));
        }
    }

    @Override
    public void close() {
        // Each collection opens and closes its own client; nothing is kept between collections.
    }
}
