package dev.yardstick.wandb;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One W&B run as the collector uses it.
 *
 * @param name the run id
 * @param displayName the display name, or null
 * @param state the W&B state ({@code running}, {@code finished}, {@code failed}, {@code crashed}, …)
 * @param createdAt when it was created
 * @param heartbeatAt its last heartbeat, or null
 * @param summary the decoded {@code summaryMetrics}: an object, empty when null, {@code "{}"} or malformed
 * @param config the decoded {@code config}: an object, empty when null, {@code "{}"} or malformed
 * @param problems one line per field that could not be decoded (the run still counts)
 */
record WandbRun(String name, String displayName, String state, Instant createdAt, Instant heartbeatAt,
        JsonNode summary, JsonNode config, List<String> problems) {

    WandbRun {
        requireNonNull(name, "name is null");
        requireNonNull(state, "state is null");
        requireNonNull(createdAt, "createdAt is null");
        requireNonNull(summary, "summary is null");
        requireNonNull(config, "config is null");
        problems = List.copyOf(problems);
    }

    /** The text run-type rules look at: the display name, or the name when it is null or empty. */
    String label() {
        return displayName == null || displayName.isEmpty() ? name : displayName;
    }

    /** {@code heartbeatAt − createdAt} in hours; empty without a heartbeat or when it precedes creation. */
    Optional<Double> durationHours() {
        if (heartbeatAt == null || heartbeatAt.isBefore(createdAt)) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(createdAt, heartbeatAt).toMillis() / 3_600_000.0);
    }

    boolean finished() {
        return state.equals("finished");
    }

    /** Failed means {@code failed} or {@code crashed}. */
    boolean failed() {
        return state.equals("failed") || state.equals("crashed");
    }

    boolean running() {
        return state.equals("running");
    }
}
