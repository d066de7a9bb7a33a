package dev.yardstick.kubernetes;

import io.fabric8.kubernetes.api.model.Config;
import io.fabric8.kubernetes.api.model.NamedCluster;
import io.fabric8.kubernetes.api.model.NamedContext;
import io.fabric8.kubernetes.client.internal.KubeConfigUtils;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Checks at start-up that a kubeconfig can be used: it is readable, parses, and the chosen context (or the
 * current-context) names a cluster with a server. Messages name the file and context, never a credential.
 */
final class KubeconfigCheck {
    private KubeconfigCheck() {
    }

    /** A kubeconfig problem, with the setting it belongs to ({@code kubeconfig} or {@code context}). */
    static final class Problem extends Exception {
        private static final long serialVersionUID = 1L;
        private final String key;

        Problem(String key, String message) {
            super(message, null, false, false);
            this.key = key;
        }

        String key() {
            return key;
        }
    }

    /**
     * Checks the file and context.
     *
     * @param file the kubeconfig
     * @param context the configured context, or empty for the file's current-context
     * @throws Problem naming what is wrong
     */
    static void check(Path file, Optional<String> context) throws Problem {
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new Problem("kubeconfig", "file " + file + " does not exist or is not readable");
        }
        Config parsed;
        try {
            parsed = KubeConfigUtils.parseConfig(file.toFile());
        } catch (RuntimeException bad) {
            // The parser's own message may quote the file, which can hold tokens: say only where.
            throw new Problem("kubeconfig", "file " + file + " is not a parseable kubeconfig");
        }
        List<NamedContext> contexts = Optional.ofNullable(parsed.getContexts()).orElse(List.of());
        String name = context.orElse(parsed.getCurrentContext());
        if (name == null || name.isBlank()) {
            throw new Problem("context", file + " has no current-context: set context to one of " + names(contexts));
        }
        NamedContext chosen = contexts.stream().filter(candidate -> name.equals(candidate.getName())).findFirst()
                .orElseThrow(() -> new Problem(context.isPresent() ? "context" : "kubeconfig", "context '" + name
                        + "' is not in " + file + " (contexts: " + names(contexts) + ")"));
        String cluster = chosen.getContext() == null ? null : chosen.getContext().getCluster();
        Optional<NamedCluster> server = Optional.ofNullable(parsed.getClusters()).orElse(List.of()).stream()
                .filter(candidate -> Objects.equals(cluster, candidate.getName()))
                .filter(candidate -> candidate.getCluster() != null && candidate.getCluster().getServer() != null)
                .findFirst();
        if (server.isEmpty()) {
            throw new Problem("kubeconfig", "context '" + name + "' of " + file + " names cluster '" + cluster
                    + "', which is not in the file or has no server");
        }
    }

    private static List<String> names(List<NamedContext> contexts) {
        return contexts.stream().map(NamedContext::getName).toList();
    }
}
