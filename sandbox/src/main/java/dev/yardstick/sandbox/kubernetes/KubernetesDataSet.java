package dev.yardstick.sandbox.kubernetes;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.yardstick.sandbox.core.Json;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The cluster a {@link KubernetesSimulator} serves, as the API server's JSON: pods in every phase and container
 * state (init and sidecar containers included), deployments, and {@code metrics.k8s.io/v1beta1} pod metrics whose
 * quantities use every suffix the API allows. Tests seed other API models from the same objects and compute
 * expected values from them directly.
 *
 * @param reference the instant the data describes ("now" for the simulated cluster)
 * @param pods the {@code v1/Pod} objects
 * @param deployments the {@code apps/v1/Deployment} objects
 * @param podMetrics the {@code metrics.k8s.io/v1beta1/PodMetrics} objects
 */
public record KubernetesDataSet(Instant reference, List<ObjectNode> pods, List<ObjectNode> deployments,
        List<ObjectNode> podMetrics) {

    /** The reference instant of the default data set: {@code --at 2026-11-20T12:00:00Z} is "now" for it. */
    public static final Instant DEFAULT_REFERENCE = Instant.parse("2026-11-20T12:00:00Z");
    private static final long HOUR = 3600;
    private static final long DAY = 24 * HOUR;

    public KubernetesDataSet {
        Objects.requireNonNull(reference, "reference");
        pods = List.copyOf(pods);
        deployments = List.copyOf(deployments);
        podMetrics = List.copyOf(podMetrics);
    }

    /** Returns the default data set as of {@link #DEFAULT_REFERENCE}. */
    public static KubernetesDataSet standard() {
        return standard(DEFAULT_REFERENCE);
    }

    /**
     * Returns the default data set shifted to another reference instant (truncated to seconds): the same objects,
     * with every time at the same distance from the reference. {@code yardstick demo} uses "now".
     */
    public static KubernetesDataSet standard(Instant reference) {
        Instant at = reference.truncatedTo(ChronoUnit.SECONDS);
        return new KubernetesDataSet(at, pods(at), standardDeployments(), podMetrics(at));
    }

    private static List<ObjectNode> pods(Instant at) {
        List<ObjectNode> pods = new ArrayList<>();
        pods.add(new PodBuilder(at, "web", "frontend-a", "Running")
                .container("app", "500m", "512Mi").running(0).container("proxy", "100m", "64Mi").running(7).build());
        pods.add(new PodBuilder(at, "web", "frontend-b", "Running")
                .container("app", "0.5", "0.5Gi").running(2).lastTerminated("OOMKilled", -2 * HOUR)
                .container("proxy", "100m", "64Mi").running(0).build());
        pods.add(new PodBuilder(at, "web", "frontend-c", "Pending")
                .container("app", "500m", "512Mi").waiting("ImagePullBackOff", 0).build());
        pods.add(new PodBuilder(at, "web", "cache-0", "Running")
                .initContainer("metrics-agent", "50m", "32Mi", true).running(0)
                .container("redis", "1", "1Gi").running(0).build());
        pods.add(new PodBuilder(at, "ml", "trainer-0", "Running").container("main", "4", "16Gi").running(1).build());
        pods.add(new PodBuilder(at, "ml", "trainer-1", "Running")
                .container("main", "4000m", "16384Mi").running(12).lastTerminated("OOMKilled", -DAY).build());
        pods.add(new PodBuilder(at, "ml", "notebook", "Running").container("main", "2", "4Gi").running(0).build());
        pods.add(new PodBuilder(at, "ml", "idle-worker", "Running")
                .container("worker", "250m", "256Mi").running(0).build());
        pods.add(new PodBuilder(at, "ml", "eval-job", "Succeeded")
                .container("eval", "1", "2Gi").terminated("Completed", -3 * HOUR, 0).build());
        pods.add(new PodBuilder(at, "ml", "oom-job", "Failed")
                .container("main", "2", "8Gi").terminated("OOMKilled", -30 * 60, 0).build());
        pods.add(new PodBuilder(at, "ml", "oom-edge", "Failed")
                .container("main", "2", "8Gi").terminated("OOMKilled", -DAY + 1, 1).lastTerminated("OOMKilled", -20 * HOUR)
                .build());
        pods.add(new PodBuilder(at, "batch", "crash-1", "Running")
                .container("job", "100m", "128Mi").waiting("CrashLoopBackOff", 6).lastTerminated("Error", -300).build());
        pods.add(new PodBuilder(at, "batch", "init-crash", "Pending")
                .initContainer("migrate", "200m", "256Mi", false).waiting("CrashLoopBackOff", 9)
                .container("job", "100m", "128Mi").waiting("PodInitializing", 0).build());
        pods.add(new PodBuilder(at, "batch", "init-oom", "Pending")
                .initContainer("setup", "100m", "64Mi", false).waiting("CrashLoopBackOff", 3).lastTerminated("OOMKilled", 0)
                .container("job", "100m", "128Mi").waiting("PodInitializing", 0).build());
        pods.add(new PodBuilder(at, "batch", "pull-errors", "Pending")
                .container("job", "100m", "128Mi").waiting("ErrImagePull", 0)
                .container("uploader", null, null).waiting("ImagePullBackOff", 0).build());
        pods.add(new PodBuilder(at, "batch", "lost", "Unknown").container("job", "100m", "128Mi").build());
        pods.add(new PodBuilder(at, "batch", "future-oom", "Running")
                .container("job", null, null).running(4).lastTerminated("OOMKilled", 60).build());
        pods.add(new PodBuilder(at, "kube-system", "coredns", "Running")
                .container("coredns", "100m", "70Mi").running(0).build());
        pods.add(new PodBuilder(at, "kube-system", "unmeasured", "Running")
                .container("agent", "100m", "100Mi").running(6).build());
        pods.add(new PodBuilder(at, "staging", "edge", "Running").container("app", "50m", "250Mi").running(5).build());
        pods.add(new PodBuilder(at, "staging", "api", "Running").container("app", "1", "1e9").running(0).build());
        return pods;
    }

    private static List<ObjectNode> standardDeployments() {
        return List.of(deployment("web", "frontend", 3), deployment("ml", "trainer", 0),
                deployment("batch", "old-batch", 0), deployment("kube-system", "coredns", 2),
                deployment("staging", "api", null), deployment("staging", "paused", 0));
    }

    private static List<ObjectNode> podMetrics(Instant at) {
        return List.of(
                metrics(at, "web", "frontend-a", "app", "120000000n", "300Mi", "proxy", "5m", "20480Ki"),
                metrics(at, "web", "frontend-b", "app", "50000u", "104857600", "proxy", "1m", "16Mi"),
                metrics(at, "web", "cache-0", "metrics-agent", "2m", "12Mi", "redis", "0.75", "900M"),
                metrics(at, "ml", "trainer-0", "main", "35e-1", "12Gi"),
                metrics(at, "ml", "trainer-1", "main", "0.2", "2Gi"),
                metrics(at, "ml", "notebook", "main", "1500000000n", "0.0009765625Ti"),
                metrics(at, "ml", "idle-worker", "worker", "500u", "8000k"),
                metrics(at, "ml", "eval-job", "eval", "1m", "1Mi"),
                metrics(at, "batch", "crash-1", "job", "0", "1Mi"),
                metrics(at, "batch", "future-oom", "job", "20m", "60M"),
                metrics(at, "batch", "gone-pod", "job", "300m", "300Mi"),
                metrics(at, "kube-system", "coredns", "coredns", "3m", "15Mi"),
                metrics(at, "staging", "edge", "app", "10m", "50Mi"),
                metrics(at, "staging", "api", "app", "999m", "0.9G"));
    }

    private static ObjectNode deployment(String namespace, String name, Integer replicas) {
        ObjectNode deployment = Json.object().put("apiVersion", "apps/v1").put("kind", "Deployment");
        deployment.putObject("metadata").put("name", name).put("namespace", namespace);
        ObjectNode spec = deployment.putObject("spec");
        if (replicas != null) {
            spec.put("replicas", replicas);
        }
        spec.putObject("selector").putObject("matchLabels").put("app", name);
        return deployment;
    }

    /** A PodMetrics object; {@code usage} repeats container name, CPU and memory. */
    private static ObjectNode metrics(Instant at, String namespace, String name, String... usage) {
        ObjectNode metrics = Json.object().put("apiVersion", "metrics.k8s.io/v1beta1").put("kind", "PodMetrics");
        metrics.putObject("metadata").put("name", name).put("namespace", namespace);
        metrics.put("timestamp", at.minusSeconds(15).toString()).put("window", "30s");
        var containers = metrics.putArray("containers");
        for (int i = 0; i < usage.length; i += 3) {
            ObjectNode container = containers.addObject().put("name", usage[i]);
            container.putObject("usage").put("cpu", usage[i + 1]).put("memory", usage[i + 2]);
        }
        return metrics;
    }
}
