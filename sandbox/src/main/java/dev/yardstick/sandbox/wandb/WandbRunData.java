package dev.yardstick.sandbox.wandb;

import java.time.Instant;
import java.util.Objects;

/**
 * A simulated W&B run, as the GraphQL API shows it. {@code summaryMetrics} and {@code config} are kept as the
 * JSON text W&B sends (possibly null, {@code "{}"}, holding {@code NaN}, or malformed), so tests parse them
 * themselves.
 *
 * @param name the run id (W&B's {@code name})
 * @param displayName the name shown in the UI, or null
 * @param state running, finished, failed, crashed, killed, preempted or pending
 * @param createdAt when it was created, whole seconds
 * @param heartbeatAt its last heartbeat, whole seconds, or null (a pending run)
 * @param summaryMetrics the summary as JSON text, or null
 * @param config the config as JSON text (values wrapped as {@code {"value": …, "desc": …}} or plain), or null
 */
public record WandbRunData(String name, String displayName, String state, Instant createdAt, Instant heartbeatAt,
        String summaryMetrics, String config) {

    public WandbRunData {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
