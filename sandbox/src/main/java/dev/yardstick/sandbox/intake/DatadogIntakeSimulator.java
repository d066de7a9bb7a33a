package dev.yardstick.sandbox.intake;

import dev.yardstick.sandbox.ReceivedRequest;
import dev.yardstick.sandbox.SimulatedApi;
import dev.yardstick.sandbox.SimulatedResponse;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The simulated Datadog metrics intake (work in progress: validation follows). */
public final class DatadogIntakeSimulator extends SimulatedApi {

    private final Optional<String> expectedApiKey;

    /** An intake accepting any non-empty {@code DD-API-KEY}. */
    public DatadogIntakeSimulator(Clock clock) {
        this(clock, Optional.empty());
    }

    /** An intake accepting only the given API key when present, any non-empty key otherwise. */
    public DatadogIntakeSimulator(Clock clock, Optional<String> expectedApiKey) {
        super("datadog-intake", clock);
        this.expectedApiKey = Objects.requireNonNull(expectedApiKey, "expectedApiKey");
    }

    @Override
    protected SimulatedResponse handle(ReceivedRequest request) {
        if (request.path().equals("/api/v1/validate")) {
            return SimulatedResponse.json(200, Map.of("valid", true));
        }
        if (request.path().equals("/api/v2/series")) {
            return SimulatedResponse.json(202, Map.of("errors", List.of()));
        }
        return errorResponse(404, "Not found");
    }
}
