package dev.yardstick.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.yardstick.sandbox.kubernetes.KubernetesDataSet;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The 15 metrics computed from the data set's raw JSON, independently of the plugin: its own quantity parser, its
 * own JSON walking, the definitions read literally. Values are keyed by metric, then by namespace ("" when
 * not counted per namespace).
 */
final class ExpectedKubernetesMetrics {
    private static final Pattern QUANTITY = Pattern.compile("([+-]?(?:[0-9]+\\.?[0-9]*|\\.[0-9]+))([eE][+-]?[0-9]+|[a-zA-Z]*)");
    private static final Map<String, BigDecimal> SUFFIXES = Map.ofEntries(Map.entry("", BigDecimal.ONE),
            Map.entry("n", new BigDecimal("0.000000001")), Map.entry("u", new BigDecimal("0.000001")),
            Map.entry("m", new BigDecimal("0.001")), Map.entry("k", new BigDecimal("1000")),
            Map.entry("M", new BigDecimal("1000000")), Map.entry("G", new BigDecimal("1000000000")),
            Map.entry("T", new BigDecimal("1000000000000")), Map.entry("Ki", new BigDecimal("1024")),
            Map.entry("Mi", new BigDecimal("1048576")), Map.entry("Gi", new BigDecimal("1073741824")),
            Map.entry("Ti", new BigDecimal("1099511627776")));

    private ExpectedKubernetesMetrics() {
    }

    /** What to compute for. */
    record Options(Instant at, Set<String> include, Set<String> exclude, boolean byNamespace, int highRestarts) {
        static Options defaults(Instant at) {
            return new Options(at, Set.of(), Set.of(), false, 5);
        }
    }

    /** Parses a Kubernetes quantity with a table of suffixes. */
    static BigDecimal quantity(String text) {
        Matcher matcher = QUANTITY.matcher(text);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("not a quantity: " + text);
        }
        BigDecimal number = new BigDecimal(matcher.group(1));
        String suffix = matcher.group(2);
        if (suffix.matches("[eE][+-]?[0-9]+")) {
            return number.scaleByPowerOfTen(Integer.parseInt(suffix.substring(1)));
        }
        BigDecimal multiplier = SUFFIXES.get(suffix);
        if (multiplier == null) {
            throw new IllegalArgumentException("unknown suffix in " + text);
        }
        return number.multiply(multiplier);
    }

    static Map<String, Map<String, Double>> compute(KubernetesDataSet data, Options options) {
        Predicate<JsonNode> selected = node -> {
            String ns = node.path("metadata").path("namespace").asText();
            return (options.include().isEmpty() || options.include().contains(ns)) && !options.exclude().contains(ns);
        };
        List<ObjectNode> pods = data.pods().stream().filter(selected).toList();
        Map<String, Map<String, Double>> out = new TreeMap<>();
        Set<String> namespaces = new TreeSet<>(options.include());
        pods.forEach(pod -> namespaces.add(pod.path("metadata").path("namespace").asText()));
        String[] counted = {KubernetesMetrics.CRASH_LOOPING, KubernetesMetrics.FAILED, KubernetesMetrics.PENDING,
            KubernetesMetrics.OOMKILLED, KubernetesMetrics.HIGH_RESTARTS, KubernetesMetrics.IMAGE_PULL_ERRORS,
            KubernetesMetrics.OVERALLOCATED, KubernetesMetrics.IDLE, KubernetesMetrics.LOW_CPU, KubernetesMetrics.LOW_MEMORY};
        for (String metric : counted) {
            Map<String, Double> values = new TreeMap<>();
            for (String ns : options.byNamespace() ? namespaces : Set.of("")) {
                values.put(ns, 0.0);
            }
            out.put(metric, values);
        }
        for (ObjectNode pod : pods) {
            String ns = options.byNamespace() ? pod.path("metadata").path("namespace").asText() : "";
            String phase = pod.path("status").path("phase").asText();
            if (phase.equals("Failed")) {
                add(out, KubernetesMetrics.FAILED, ns);
            }
            if (phase.equals("Pending")) {
                add(out, KubernetesMetrics.PENDING, ns);
            }
            List<JsonNode> statuses = new ArrayList<>();
            pod.path("status").path("containerStatuses").forEach(statuses::add);
            pod.path("status").path("initContainerStatuses").forEach(statuses::add);
            for (JsonNode status : statuses) {
                String waiting = status.path("state").path("waiting").path("reason").asText("");
                if (waiting.equals("CrashLoopBackOff")) {
                    add(out, KubernetesMetrics.CRASH_LOOPING, ns);
                }
                if (waiting.equals("ErrImagePull") || waiting.equals("ImagePullBackOff")) {
                    add(out, KubernetesMetrics.IMAGE_PULL_ERRORS, ns);
                }
                if (status.path("restartCount").asInt() > options.highRestarts()) {
                    add(out, KubernetesMetrics.HIGH_RESTARTS, ns);
                }
                if (oom(status.path("state"), options.at()) || oom(status.path("lastState"), options.at())) {
                    add(out, KubernetesMetrics.OOMKILLED, ns);
                }
            }
        }
        usage(data, pods, options, out);
        long zero = data.deployments().stream().filter(selected)
                .filter(d -> d.path("spec").has("replicas") && d.path("spec").path("replicas").asInt() == 0).count();
        out.put(KubernetesMetrics.ZERO_REPLICAS, Map.of("", (double) zero));
        return out;
    }

    private static void usage(KubernetesDataSet data, List<ObjectNode> pods, Options options,
            Map<String, Map<String, Double>> out) {
        Map<String, JsonNode> metricsByPod = new HashMap<>();
        data.podMetrics().forEach(m -> metricsByPod.put(key(m), m));
        BigDecimal cpuRequests = BigDecimal.ZERO;
        BigDecimal cpuUsage = BigDecimal.ZERO;
        BigDecimal memoryRequests = BigDecimal.ZERO;
        BigDecimal memoryUsage = BigDecimal.ZERO;
        BigDecimal mib = new BigDecimal(1024 * 1024);
        for (ObjectNode pod : pods) {
            JsonNode metrics = metricsByPod.get(key(pod));
            if (metrics == null || !pod.path("status").path("phase").asText().equals("Running")) {
                continue;
            }
            String ns = options.byNamespace() ? pod.path("metadata").path("namespace").asText() : "";
            List<JsonNode> containers = new ArrayList<>();
            pod.path("spec").path("containers").forEach(containers::add);
            pod.path("spec").path("initContainers").forEach(c -> {
                if (c.path("restartPolicy").asText().equals("Always")) {
                    containers.add(c);
                }
            });
            BigDecimal cpuRequest = sum(containers, "resources", "requests", "cpu");
            BigDecimal memoryRequest = sum(containers, "resources", "requests", "memory");
            List<JsonNode> used = new ArrayList<>();
            metrics.path("containers").forEach(used::add);
            BigDecimal cpu = sum(used, "usage", null, "cpu");
            BigDecimal memory = sum(used, "usage", null, "memory");
            cpuRequests = cpuRequests.add(cpuRequest);
            memoryRequests = memoryRequests.add(memoryRequest);
            cpuUsage = cpuUsage.add(cpu);
            memoryUsage = memoryUsage.add(memory);
            BigDecimal fifth = new BigDecimal("5");
            if (cpuRequest.signum() > 0 && cpu.multiply(fifth).compareTo(cpuRequest) < 0
                    || memoryRequest.signum() > 0 && memory.multiply(fifth).compareTo(memoryRequest) < 0) {
                add(out, KubernetesMetrics.OVERALLOCATED, ns);
            }
            if (cpu.compareTo(new BigDecimal("0.001")) < 0 && memory.compareTo(mib.multiply(BigDecimal.TEN)) < 0) {
                add(out, KubernetesMetrics.IDLE, ns);
            }
            if (cpu.compareTo(new BigDecimal("0.010")) < 0) {
                add(out, KubernetesMetrics.LOW_CPU, ns);
            }
            if (memory.compareTo(mib.multiply(new BigDecimal(50))) < 0) {
                add(out, KubernetesMetrics.LOW_MEMORY, ns);
            }
        }
        out.put(KubernetesMetrics.CPU_WASTE, Map.of("", cpuRequests.subtract(cpuUsage).max(BigDecimal.ZERO).doubleValue()));
        out.put(KubernetesMetrics.MEMORY_WASTE, Map.of("", memoryRequests.subtract(memoryUsage).max(BigDecimal.ZERO)
                .doubleValue() / (1024.0 * 1024 * 1024)));
        if (cpuRequests.signum() > 0) {
            out.put(KubernetesMetrics.CPU_EFFICIENCY, Map.of("", cpuUsage.doubleValue() * 100 / cpuRequests.doubleValue()));
        }
        if (memoryRequests.signum() > 0) {
            out.put(KubernetesMetrics.MEMORY_EFFICIENCY, Map.of("", memoryUsage.divide(memoryRequests, MathContext.DECIMAL128)
                    .doubleValue() * 100));
        }
    }

    private static BigDecimal sum(List<JsonNode> containers, String first, String second, String resource) {
        BigDecimal total = BigDecimal.ZERO;
        for (JsonNode container : containers) {
            JsonNode values = container.path(first);
            if (second != null) {
                values = values.path(second);
            }
            if (values.has(resource)) {
                total = total.add(quantity(values.get(resource).asText()));
            }
        }
        return total;
    }

    private static boolean oom(JsonNode state, Instant at) {
        JsonNode terminated = state.path("terminated");
        if (!terminated.path("reason").asText().equals("OOMKilled")) {
            return false;
        }
        Instant finished = Instant.parse(terminated.path("finishedAt").asText());
        return finished.compareTo(at.minusSeconds(86_400)) > 0 && finished.compareTo(at) <= 0;
    }

    private static String key(JsonNode object) {
        return object.path("metadata").path("namespace").asText() + "/" + object.path("metadata").path("name").asText();
    }

    private static void add(Map<String, Map<String, Double>> out, String metric, String ns) {
        out.get(metric).merge(ns, 1.0, Double::sum);
    }
}
