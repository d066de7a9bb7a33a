package dev.yardstick.kubernetes;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.Optional;

/** How the collector reaches the API server: the pod's service account, or a kubeconfig file and context. */
sealed interface ClusterAccess {

    /**
     * The service account of the pod the collector runs in.
     *
     * @param host the API server host, from {@code KUBERNETES_SERVICE_HOST}
     * @param port the API server port, from {@code KUBERNETES_SERVICE_PORT}
     * @param serviceAccountDir the directory holding {@code token}, {@code ca.crt} and {@code namespace}
     */
    record InCluster(String host, String port, Path serviceAccountDir) implements ClusterAccess {
        public InCluster {
            requireNonNull(host, "host is null");
            requireNonNull(port, "port is null");
            requireNonNull(serviceAccountDir, "serviceAccountDir is null");
        }

        @Override
        public String describe() {
            return "in-cluster service account (" + host + ":" + port + ")";
        }
    }

    /**
     * A kubeconfig file.
     *
     * @param file the kubeconfig
     * @param context the context to use; empty for the file's current-context
     */
    record Kubeconfig(Path file, Optional<String> context) implements ClusterAccess {
        public Kubeconfig {
            requireNonNull(file, "file is null");
            requireNonNull(context, "context is null");
        }

        @Override
        public String describe() {
            return "kubeconfig " + file + context.map(name -> " context " + name).orElse("");
        }
    }

    /** A description for messages, never containing a credential. */
    String describe();
}
