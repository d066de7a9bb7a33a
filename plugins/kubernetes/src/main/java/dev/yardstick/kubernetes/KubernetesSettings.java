package dev.yardstick.kubernetes;

import static java.util.Objects.requireNonNull;

import dev.yardstick.api.config.CollectorConfig;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The Kubernetes collector's settings, validated eagerly from {@code yardstick.collectors.kubernetes} (or another
 * instance's block such as {@code "kubernetes/eu"}). Defaults live in the plugin's {@code reference.conf}.
 *
 * @param clusterName the value of the {@code cluster} tag
 * @param access how to reach the API server, resolved at start-up
 * @param includeNamespaces the namespaces listed one by one; empty for all namespaces at once
 * @param excludeNamespaces namespaces whose objects are ignored
 * @param byNamespace whether pod and container counts carry a {@code namespace} tag
 * @param pageSize the {@code limit} of every list request
 * @param highRestarts the restart count above which a container counts in {@code k8s.pods.high_restarts}
 */
record KubernetesSettings(String clusterName, ClusterAccess access, List<String> includeNamespaces,
        Set<String> excludeNamespaces, boolean byNamespace, int pageSize, int highRestarts) {
    private static final Pattern NAMESPACE = Pattern.compile("[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?");
    private static final Pattern TAG_VALUE = Pattern.compile("[A-Za-z0-9_.:/-]{1,200}");

    /** Validates the components and copies the collections. */
    KubernetesSettings {
        requireNonNull(clusterName, "clusterName is null");
        requireNonNull(access, "access is null");
        includeNamespaces = List.copyOf(includeNamespaces);
        excludeNamespaces = Set.copyOf(excludeNamespaces);
    }

    /**
     * Reads and validates the settings, resolving how to reach the cluster from this JVM's surroundings.
     *
     * @param config the collector's block, defaults merged in
     * @return the settings
     * @throws dev.yardstick.api.config.ConfigurationException naming the first invalid key
     */
    static KubernetesSettings from(CollectorConfig config) {
        return from(config, ClusterEnvironment.system());
    }

    static KubernetesSettings from(CollectorConfig config, ClusterEnvironment environment) {
        List<String> include = namespaces(config, "namespaces.include");
        Set<String> exclude = new LinkedHashSet<>(namespaces(config, "namespaces.exclude"));
        for (String namespace : include) {
            if (exclude.contains(namespace)) {
                throw config.invalid("namespaces.exclude", "namespace '" + namespace + "' is also in namespaces.include");
            }
        }
        return new KubernetesSettings(clusterName(config), access(config, environment), include, exclude,
                config.getBoolean("by-namespace"), atLeast(config, "page-size", 1), atLeast(config, "high-restarts", 0));
    }

    private static String clusterName(CollectorConfig config) {
        if (!config.hasPath("cluster-name") || config.getString("cluster-name").isBlank()) {
            throw config.invalid("cluster-name", "a cluster name is required; it becomes the cluster tag, e.g. \"prod-eu\"");
        }
        String name = config.getString("cluster-name");
        if (!TAG_VALUE.matcher(name).matches()) {
            throw config.invalid("cluster-name", "'" + name + "' must be 1 to 200 letters, digits or _ . : / -");
        }
        return name;
    }

    private static ClusterAccess access(CollectorConfig config, ClusterEnvironment environment) {
        Optional<String> context = config.hasPath("context") ? Optional.of(config.getString("context")) : Optional.empty();
        if (context.isPresent() && context.get().isBlank()) {
            throw config.invalid("context", "is empty; remove it to use the kubeconfig's current-context");
        }
        Path file;
        if (config.hasPath("kubeconfig")) {
            file = environment.expand(config.getString("kubeconfig"));
        } else {
            Optional<ClusterAccess.InCluster> inCluster = environment.inCluster();
            if (inCluster.isPresent() && context.isEmpty()) {
                return inCluster.get();
            }
            file = environment.defaultKubeconfig();
        }
        try {
            KubeconfigCheck.check(file, context);
        } catch (KubeconfigCheck.Problem problem) {
            String hint = config.hasPath("kubeconfig") ? "" : " (not running in a pod with a service account, and no "
                    + "kubeconfig set: set kubeconfig to a kubeconfig path)";
            throw config.invalid(problem.key(), problem.getMessage() + hint);
        }
        return new ClusterAccess.Kubeconfig(file, context);
    }

    private static List<String> namespaces(CollectorConfig config, String key) {
        List<String> values = config.getStringList(key);
        Set<String> seen = new LinkedHashSet<>();
        for (String value : values) {
            if (!NAMESPACE.matcher(value).matches()) {
                throw config.invalid(key, "'" + value + "' is not a namespace name (lower-case letters, digits and -)");
            }
            if (!seen.add(value)) {
                throw config.invalid(key, "namespace '" + value + "' is listed twice");
            }
        }
        return List.copyOf(seen);
    }

    private static int atLeast(CollectorConfig config, String key, int minimum) {
        int value = config.getInt(key);
        if (value < minimum) {
            throw config.invalid(key, "must be " + minimum + " or more");
        }
        return value;
    }
}
