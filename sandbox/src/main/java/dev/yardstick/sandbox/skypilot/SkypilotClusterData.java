package dev.yardstick.sandbox.skypilot;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.yardstick.sandbox.core.Json;
import java.util.Objects;

/**
 * A simulated SkyPilot cluster as {@code /status} lists it.
 *
 * @param name the cluster name
 * @param status {@code UP}, {@code INIT} or {@code STOPPED}
 * @param userName the owner
 * @param launchedAt launch time, epoch seconds
 */
public record SkypilotClusterData(String name, String status, String userName, long launchedAt) {

    public SkypilotClusterData {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(userName, "userName");
    }

    ObjectNode toJson() {
        ObjectNode node = Json.object();
        node.put("name", name);
        node.put("status", status);
        node.put("user_name", userName);
        node.put("launched_at", launchedAt);
        node.put("autostop", -1);
        node.put("to_down", false);
        node.putNull("handle");
        return node;
    }
}
