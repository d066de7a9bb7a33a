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
            client = ClusterConnection.open(settings.access(), left);
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
        List<Pod> pods = null;
        KubernetesApiException podsFailure = null;
        try {
            pods = reader.pods();
        } catch (KubernetesApiException failure) {
            podsFailure = failure;
        }
        List<Deployment> deployments = null;
        KubernetesApiException deploymentsFailure = null;
        try {
            deployments = reader.deployments();
        } catch (KubernetesApiException failure) {
            deploymentsFailure = failure;
        }
        List<PodMetrics> metrics = null;
        KubernetesApiException usageFailure = podsFailure;
        if (pods != null) {
            try {
                metrics = reader.podMetrics();
            } catch (KubernetesApiException failure) {
                usageFailure = failure;
            }
        }
        List<Pod> listedPods = pods;
        Set<String> universe = namespaces(pods);
        section("pods", podsFailure, () -> PodHealthMetrics.compute(listedPods, at, settings.highRestarts(),
                counts(universe)), at, out);
        List<PodMetrics> usage = metrics;
        section("resources", usageFailure, () -> ResourceMetrics.resources(MeasuredPod.of(listedPods, usage),
                counts(universe)), at, out);
        section("utilization", usageFailure, () -> ResourceMetrics.utilization(MeasuredPod.of(listedPods, usage),
                counts(universe)), at, out);
        List<Deployment> listedDeployments = deployments;
        section("deployments", deploymentsFailure, () -> List.of(Measurement.of(KubernetesMetrics.ZERO_REPLICAS,
                listedDeployments.stream().filter(ClusterFacts::scaledToZero).count())), at, out);
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
