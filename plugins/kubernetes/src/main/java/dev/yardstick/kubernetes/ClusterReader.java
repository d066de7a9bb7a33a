package dev.yardstick.kubernetes;

import static java.util.Objects.requireNonNull;

import dev.yardstick.api.FailureKind;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesResourceList;
import io.fabric8.kubernetes.api.model.ListOptions;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.metrics.v1beta1.PodMetrics;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Reads the three lists the collector needs through fabric8: {@code v1} pods, {@code apps/v1} deployments and
 * {@code metrics.k8s.io/v1beta1} pods (PodMetrics, read as generic resources), for all namespaces at once or for
 * each included namespace, without the excluded namespaces.
 */
final class ClusterReader {
    /** The metrics-server resource: its plural is {@code pods}, not {@code podmetrics}. */
    static final ResourceDefinitionContext POD_METRICS = new ResourceDefinitionContext.Builder()
            .withGroup("metrics.k8s.io").withVersion("v1beta1").withKind("PodMetrics").withPlural("pods")
            .withNamespaced(true).build();

    private final KubernetesClient client;
    private final KubernetesSettings settings;
    private final ChunkedLister lister;

    ClusterReader(KubernetesClient client, KubernetesSettings settings, ChunkedLister lister) {
        this.client = requireNonNull(client, "client is null");
        this.settings = requireNonNull(settings, "settings is null");
        this.lister = requireNonNull(lister, "lister is null");
    }

    List<Pod> pods() throws KubernetesApiException, InterruptedException {
        return list("pods", (namespace, options) -> namespace == null
                ? client.pods().inAnyNamespace().list(options) : client.pods().inNamespace(namespace).list(options));
    }

    List<Deployment> deployments() throws KubernetesApiException, InterruptedException {
        return list("deployments", (namespace, options) -> namespace == null
                ? client.apps().deployments().inAnyNamespace().list(options)
                : client.apps().deployments().inNamespace(namespace).list(options));
    }

    /**
     * Lists the pod metrics.
     *
     * @throws KubernetesApiException saying that metrics-server is absent when the API answers 404 or 503
     */
    List<PodMetrics> podMetrics() throws KubernetesApiException, InterruptedException {
        List<GenericKubernetesResource> generic;
        try {
            generic = list("pod metrics (metrics.k8s.io/v1beta1 pods)", (namespace, options) -> namespace == null
                    ? client.genericKubernetesResources(POD_METRICS).inAnyNamespace().list(options)
                    : client.genericKubernetesResources(POD_METRICS).inNamespace(namespace).list(options));
        } catch (KubernetesApiException failure) {
            if (failure.statusCode() == 404 || failure.statusCode() == 503) {
                throw new KubernetesApiException(FailureKind.UPSTREAM_UNAVAILABLE, "metrics.k8s.io/v1beta1 pods answered "
                        + "HTTP " + failure.statusCode() + ": metrics-server is absent or not ready, so usage is unknown",
                        failure.statusCode());
            }
            throw failure;
        }
        List<PodMetrics> metrics = new ArrayList<>(generic.size());
        for (GenericKubernetesResource resource : generic) {
            try {
                metrics.add(client.getKubernetesSerialization().convertValue(resource, PodMetrics.class));
            } catch (IllegalArgumentException bad) {
                throw new KubernetesApiException(FailureKind.BAD_RESPONSE, "pod metrics of " + ObjectNames.name(resource)
                        + " are not PodMetrics");
            }
        }
        return metrics;
    }

    private <T extends HasMetadata> List<T> list(String resource,
            BiFunction<String, ListOptions, ? extends KubernetesResourceList<T>> source)
            throws KubernetesApiException, InterruptedException {
        List<T> items = new ArrayList<>();
        if (settings.includeNamespaces().isEmpty()) {
            items.addAll(lister.list(resource, options -> source.apply(null, options)));
        } else {
            for (String namespace : settings.includeNamespaces()) {
                items.addAll(lister.list(resource + " in namespace " + namespace,
                        options -> source.apply(namespace, options)));
            }
        }
        items.removeIf(item -> settings.excludeNamespaces().contains(ObjectNames.namespace(item)));
        return items;
    }
}
