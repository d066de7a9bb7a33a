package dev.yardstick.kubernetes;

import static java.util.Objects.requireNonNull;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * What the process can see of its surroundings when choosing how to reach the cluster: environment variables, the
 * service-account directory a pod gets mounted, and the home directory.
 *
 * @param env the environment variables
 * @param serviceAccountDir where Kubernetes mounts the pod's service-account token
 * @param home the user's home directory, for {@code ~/.kube/config}
 */
record ClusterEnvironment(Map<String, String> env, Path serviceAccountDir, Path home) {
    static final Path SERVICE_ACCOUNT_DIR = Path.of("/var/run/secrets/kubernetes.io/serviceaccount");

    ClusterEnvironment {
        env = Map.copyOf(env);
        requireNonNull(serviceAccountDir, "serviceAccountDir is null");
        requireNonNull(home, "home is null");
    }

    /** The surroundings of this JVM. */
    static ClusterEnvironment system() {
        return new ClusterEnvironment(System.getenv(), SERVICE_ACCOUNT_DIR, Path.of(System.getProperty("user.home")));
    }

    /** The pod's service account, when running in a pod that has one mounted. */
    Optional<ClusterAccess.InCluster> inCluster() {
        String host = env.get("KUBERNETES_SERVICE_HOST");
        String port = env.get("KUBERNETES_SERVICE_PORT");
        if (host == null || host.isBlank() || port == null || port.isBlank()
                || !Files.isReadable(serviceAccountDir.resolve("token"))) {
            return Optional.empty();
        }
        return Optional.of(new ClusterAccess.InCluster(host, port, serviceAccountDir));
    }

    /** The kubeconfig used when none is configured: the first file of {@code $KUBECONFIG}, else {@code ~/.kube/config}. */
    Path defaultKubeconfig() {
        String variable = env.get("KUBECONFIG");
        if (variable != null && !variable.isBlank()) {
            return Path.of(variable.split(File.pathSeparator)[0]);
        }
        return home.resolve(".kube").resolve("config");
    }

    /** Expands a leading {@code ~/} to the home directory. */
    Path expand(String path) {
        if (path.equals("~") || path.startsWith("~/")) {
            return home.resolve(path.substring(Math.min(path.length(), 2)));
        }
        return Path.of(path);
    }
}
