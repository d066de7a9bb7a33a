package dev.yardstick.sandbox.kubernetes;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.yardstick.sandbox.core.Json;
import java.time.Instant;
import java.util.Objects;

/**
 * Builds the JSON of one {@code v1/Pod} as the API server serves it: spec containers with requests, and status
 * with a phase and container statuses. Times are given as offsets from the data set's reference instant.
 */
final class PodBuilder {
    private final Instant reference;
    private final ObjectNode pod = Json.object();
    private final ArrayNode containers = Json.array();
    private final ArrayNode initContainers = Json.array();
    private final ArrayNode statuses = Json.array();
    private final ArrayNode initStatuses = Json.array();
    private ObjectNode lastStatus;

    PodBuilder(Instant reference, String namespace, String name, String phase) {
        this.reference = Objects.requireNonNull(reference, "reference");
        pod.put("apiVersion", "v1").put("kind", "Pod");
        pod.putObject("metadata").put("name", name).put("namespace", namespace)
                .put("uid", java.util.UUID.nameUUIDFromBytes((namespace + "/" + name).getBytes()).toString())
                .put("creationTimestamp", reference.minusSeconds(86_400 * 3).toString());
        pod.putObject("status").put("phase", phase);
    }

    /** Adds a container with CPU and memory requests ({@code null} for none) and a status. */
    PodBuilder container(String name, String cpuRequest, String memoryRequest) {
        containers.add(container(name, cpuRequest, memoryRequest, false));
        lastStatus = status(name);
        statuses.add(lastStatus);
        return this;
    }

    /** Adds an init container; a sidecar ({@code restartPolicy: Always}) runs beside the main containers. */
    PodBuilder initContainer(String name, String cpuRequest, String memoryRequest, boolean sidecar) {
        initContainers.add(container(name, cpuRequest, memoryRequest, sidecar));
        lastStatus = status(name);
        initStatuses.add(lastStatus);
        return this;
    }

    /** The last added container is running, with this many restarts. */
    PodBuilder running(int restarts) {
        lastStatus.put("restartCount", restarts).putObject("state").putObject("running")
                .put("startedAt", reference.minusSeconds(3600).toString());
        return this;
    }

    /** The last added container waits for a reason, e.g. {@code CrashLoopBackOff}. */
    PodBuilder waiting(String reason, int restarts) {
        lastStatus.put("restartCount", restarts).putObject("state").putObject("waiting").put("reason", reason)
                .put("message", "simulated " + reason);
        return this;
    }

    /** The last added container's current state is terminated, finished this many seconds from the reference. */
    PodBuilder terminated(String reason, long finishedOffsetSeconds, int restarts) {
        lastStatus.put("restartCount", restarts).putObject("state").set("terminated", terminated(reason,
                finishedOffsetSeconds));
        return this;
    }

    /** The last added container's previous run terminated for a reason, this many seconds from the reference. */
    PodBuilder lastTerminated(String reason, long finishedOffsetSeconds) {
        lastStatus.putObject("lastState").set("terminated", terminated(reason, finishedOffsetSeconds));
        return this;
    }

    ObjectNode build() {
        ObjectNode spec = pod.putObject("spec");
        if (!initContainers.isEmpty()) {
            spec.set("initContainers", initContainers);
        }
        spec.set("containers", containers);
        ObjectNode status = (ObjectNode) pod.get("status");
        if (!initStatuses.isEmpty()) {
            status.set("initContainerStatuses", initStatuses);
        }
        if (!statuses.isEmpty()) {
            status.set("containerStatuses", statuses);
        }
        return pod.deepCopy();
    }

    private ObjectNode terminated(String reason, long finishedOffsetSeconds) {
        Instant finished = reference.plusSeconds(finishedOffsetSeconds);
        return Json.object().put("exitCode", "OOMKilled".equals(reason) ? 137 : 1).put("reason", reason)
                .put("startedAt", finished.minusSeconds(600).toString()).put("finishedAt", finished.toString());
    }

    private static ObjectNode container(String name, String cpuRequest, String memoryRequest, boolean sidecar) {
        ObjectNode container = Json.object().put("name", name).put("image", "registry.example/" + name + ":1");
        ObjectNode requests = Json.object();
        if (cpuRequest != null) {
            requests.put("cpu", cpuRequest);
        }
        if (memoryRequest != null) {
            requests.put("memory", memoryRequest);
        }
        container.putObject("resources").set("requests", requests);
        if (sidecar) {
            container.put("restartPolicy", "Always");
        }
        return container;
    }

    private static ObjectNode status(String name) {
        return Json.object().put("name", name).put("ready", false).put("restartCount", 0)
                .put("image", "registry.example/" + name + ":1");
    }
}
