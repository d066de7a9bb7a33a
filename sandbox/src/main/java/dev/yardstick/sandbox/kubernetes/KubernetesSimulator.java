package dev.yardstick.sandbox.kubernetes;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.yardstick.sandbox.core.Json;
import dev.yardstick.sandbox.core.ReceivedRequest;
import dev.yardstick.sandbox.core.SimulatedApi;
import dev.yardstick.sandbox.core.SimulatedResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small Kubernetes API server on plain-http loopback serving the three lists Yardstick reads — {@code v1} pods,
 * {@code apps/v1} deployments and {@code metrics.k8s.io/v1beta1} pods — for all namespaces or one, in chunks
 * ({@code limit} and {@code continue}), to one bearer token. On demand it expires continue tokens (410 Gone) and
 * plays a cluster without metrics-server (404 or 503 on {@code metrics.k8s.io}).
 */
public final class KubernetesSimulator extends SimulatedApi {
    /** The bearer token the simulator accepts unless another is given. */
    public static final String DEFAULT_TOKEN = "sandbox-kubernetes-token";
    private static final Pattern LIST = Pattern.compile(
            "/(api/v1|apis/apps/v1|apis/metrics\\.k8s\\.io/v1beta1)(?:/namespaces/([a-z0-9-]+))?/(pods|deployments)");

    private final KubernetesDataSet data;
    private final String token;
    private final AtomicInteger expiredContinues = new AtomicInteger();
    private volatile int metricsStatus = 200;

    /** Creates a simulator serving the standard data set to {@link #DEFAULT_TOKEN}. */
    public KubernetesSimulator(Clock clock) {
        this(clock, KubernetesDataSet.standard(clock.instant()), DEFAULT_TOKEN);
    }

    /** Creates a simulator serving a data set to one token. */
    public KubernetesSimulator(Clock clock, KubernetesDataSet data, String token) {
        super("kubernetes", clock);
        this.data = Objects.requireNonNull(data, "data");
        this.token = Objects.requireNonNull(token, "token");
    }

    /** Returns the data set served, for computing expected values. */
    public KubernetesDataSet dataSet() {
        return data;
    }

    /** Answers the next {@code count} requests that carry a continue token with 410 Gone (token expired). */
    public KubernetesSimulator expireContinueTokens(int count) {
        expiredContinues.addAndGet(count);
        return this;
    }

    /** Makes {@code metrics.k8s.io} answer this status (404: metrics-server absent, 503: not ready); 200 restores. */
    public KubernetesSimulator metricsServerStatus(int status) {
        metricsStatus = status;
        return this;
    }

    /**
     * Returns a kubeconfig pointing at this simulator over plain http, with one context and the token.
     *
     * @param contextName the context (and cluster and user) name
     */
    public String kubeconfig(String contextName) {
        return String.join("\n", "apiVersion: v1", "kind: Config", "clusters:", "- name: " + contextName,
                "  cluster:", "    server: " + baseUrl(), "contexts:", "- name: " + contextName, "  context:",
                "    cluster: " + contextName, "    user: " + contextName, "current-context: " + contextName,
                "users:", "- name: " + contextName, "  user:", "    token: " + token, "");
    }

    @Override
    public void reset() {
        super.reset();
        expiredContinues.set(0);
        metricsStatus = 200;
    }

    @Override
    protected SimulatedResponse errorResponse(int status, String message) {
        String reason = switch (status) {
            case 401 -> "Unauthorized";
            case 404 -> "NotFound";
            case 410 -> "Expired";
            case 503 -> "ServiceUnavailable";
            default -> "BadRequest";
        };
        ObjectNode body = Json.object().put("kind", "Status").put("apiVersion", "v1");
        body.putObject("metadata");
        body.put("status", "Failure").put("message", message).put("reason", reason).put("code", status);
        return SimulatedResponse.json(status, body);
    }

    @Override
    protected SimulatedResponse handle(ReceivedRequest request) {
        if (!request.header("Authorization").orElse("").equals("Bearer " + token)) {
            return errorResponse(401, "Unauthorized");
        }
        Matcher list = LIST.matcher(request.path());
        if (!"GET".equals(request.method()) || !list.matches()) {
            return errorResponse(404, "the server could not find the requested resource");
        }
        String group = list.group(1);
        String resource = list.group(3);
        Optional<String> namespace = Optional.ofNullable(list.group(2));
        List<ObjectNode> items;
        String kind;
        if (group.equals("api/v1") && resource.equals("pods")) {
            items = data.pods();
            kind = "PodList";
        } else if (group.equals("apis/apps/v1") && resource.equals("deployments")) {
            items = data.deployments();
            kind = "DeploymentList";
        } else if (group.startsWith("apis/metrics") && resource.equals("pods")) {
            if (metricsStatus != 200) {
                return errorResponse(metricsStatus, metricsStatus == 404
                        ? "the server could not find the requested resource" : "the server is currently unable to handle the request");
            }
            items = data.podMetrics();
            kind = "PodMetricsList";
        } else {
            return errorResponse(404, "the server could not find the requested resource");
        }
        List<ObjectNode> selected = namespace.map(ns -> items.stream()
                .filter(item -> ns.equals(item.path("metadata").path("namespace").asText())).toList()).orElse(items);
        return page(request, group, kind, selected);
    }

    private SimulatedResponse page(ReceivedRequest request, String group, String kind, List<ObjectNode> items) {
        int offset = 0;
        Optional<String> continueToken = request.queryParameter("continue").filter(value -> !value.isEmpty());
        if (continueToken.isPresent()) {
            if (expiredContinues.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                return errorResponse(410, "The provided continue parameter is too old to display a consistent list "
                        + "result. You can start a new list without the continue parameter.");
            }
            Optional<Integer> decoded = decode(continueToken.get(), request.path());
            if (decoded.isEmpty()) {
                return errorResponse(400, "continue key is not valid for this list");
            }
            offset = Math.min(items.size(), decoded.get());
        }
        int limit = request.queryParameter("limit").map(Integer::parseInt).filter(n -> n > 0).orElse(Integer.MAX_VALUE);
        int end = (int) Math.min(items.size(), (long) offset + limit);
        ObjectNode body = Json.object().put("kind", kind)
                .put("apiVersion", group.startsWith("api/") ? group.substring(4) : group.substring(5));
        ObjectNode metadata = body.putObject("metadata").put("resourceVersion", "4711");
        if (end < items.size()) {
            metadata.put("continue", encode(request.path(), end)).put("remainingItemCount", items.size() - end);
        }
        var array = body.putArray("items");
        items.subList(offset, end).forEach(array::add);
        return SimulatedResponse.json(200, body);
    }

    private static String encode(String path, int offset) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((path + "|" + offset).getBytes(StandardCharsets.UTF_8));
    }

    private static Optional<Integer> decode(String token, String path) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            int bar = text.lastIndexOf('|');
            if (bar < 0 || !text.substring(0, bar).equals(path)) {
                return Optional.empty();
            }
            return Optional.of(Integer.parseInt(text.substring(bar + 1)));
        } catch (IllegalArgumentException bad) {
            return Optional.empty();
        }
    }
}
