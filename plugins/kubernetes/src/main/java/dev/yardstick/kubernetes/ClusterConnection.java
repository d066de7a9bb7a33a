package dev.yardstick.kubernetes;

import dev.yardstick.api.CollectorContext;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.OAuthTokenProvider;
import io.fabric8.kubernetes.client.http.Interceptor;
import io.fabric8.kubernetes.client.jdkhttp.JdkHttpClientFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Opens fabric8 clients for one collection. A new client per collection re-reads the kubeconfig or the rotating
 * service-account token, and bounds every request by the time left before the collection's deadline.
 */
final class ClusterConnection {
    /** The name under which fabric8 installs its trace logger, which would print headers (tokens) and bodies. */
    static final String HTTP_LOGGING_INTERCEPTOR = "HttpLogging";
    /** Retries fabric8 makes itself on 429, 5xx and I/O errors; a missing metrics-server must fail fast. */
    static final int RETRIES = 2;
    static final Duration RETRY_INTERVAL = Duration.ofMillis(200);
    static final Duration MAX_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    static final String USER_AGENT = "yardstick-kubernetes-collector";
    /**
     * fabric8 warns once per JVM that {@code metrics.k8s.io/v1beta1} is an "unstable version"; it is the only version
     * metrics-server serves, and the CronJob starts a new JVM every run, so the warning would print every run. Held
     * here so that the JDK logging setting outlives garbage collection (it only matters where fabric8's SLF4J logging
     * goes to JDK logging, as in the CLI).
     */
    private static final Logger UNSTABLE_VERSION_WARNING = quiet(
            "io.fabric8.kubernetes.client.dsl.internal.VersionUsageUtils");

    private ClusterConnection() {
    }

    /**
     * Opens a client.
     *
     * @param access how to reach the API server
     * @param timeLeft the time left before the collection's deadline, at least one millisecond
     * @param context where each request is counted
     * @return a client the caller closes
     */
    static KubernetesClient open(ClusterAccess access, Duration timeLeft, CollectorContext context) {
        Config config = config(access);
        int timeoutMillis = (int) Math.max(1, Math.min(Integer.MAX_VALUE, timeLeft.toMillis()));
        config.setRequestTimeout(timeoutMillis);
        config.setConnectionTimeout((int) Math.min(timeoutMillis, MAX_CONNECT_TIMEOUT.toMillis()));
        config.setRequestRetryBackoffLimit(RETRIES);
        config.setRequestRetryBackoffInterval((int) RETRY_INTERVAL.toMillis());
        config.setUserAgent(USER_AGENT);
        return new KubernetesClientBuilder().withConfig(config).withHttpClientFactory(new JdkHttpClientFactory())
                .withHttpClientBuilderConsumer(builder -> builder
                        .addOrReplaceInterceptor(HTTP_LOGGING_INTERCEPTOR, new Interceptor() { })
                        .addOrReplaceInterceptor(RequestCountingInterceptor.NAME,
                                new RequestCountingInterceptor(context)))
                .build();
    }

    private static Logger quiet(String name) {
        Logger logger = Logger.getLogger(name);
        logger.setLevel(Level.SEVERE);
        return logger;
    }

    /** The fabric8 configuration of an access, without timeouts. */
    static Config config(ClusterAccess access) {
        if (access instanceof ClusterAccess.Kubeconfig kubeconfig) {
            return Config.fromKubeconfig(kubeconfig.context().orElse(null), kubeconfig.file().toFile());
        }
        ClusterAccess.InCluster inCluster = (ClusterAccess.InCluster) access;
        Config config = Config.empty();
        String host = inCluster.host().contains(":") ? "[" + inCluster.host() + "]" : inCluster.host();
        config.setMasterUrl("https://" + host + ":" + inCluster.port());
        Path ca = inCluster.serviceAccountDir().resolve("ca.crt");
        if (Files.isRegularFile(ca)) {
            config.setCaCertFile(ca.toString());
        }
        config.setOauthTokenProvider(new TokenFile(inCluster.serviceAccountDir().resolve("token")));
        return config;
    }

    /** A projected service-account token, re-read on every request because the kubelet rotates it. */
    private record TokenFile(Path file) implements OAuthTokenProvider {
        @Override
        public String getToken() {
            try {
                return Files.readString(file, StandardCharsets.UTF_8).trim();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the service-account token " + file, e);
            }
        }

        @Override
        public String toString() {
            return "TokenFile[" + file + "]";
        }
    }
}
