package dev.yardstick.sandbox.core;

import java.time.Clock;
import java.util.Map;

/** A test simulator answering 200 with the method, path and clock instant it saw. */
final class EchoSimulator extends SimulatedApi {

    EchoSimulator(Clock clock) {
        super("echo", clock);
    }

    @Override
    protected SimulatedResponse handle(ReceivedRequest request) {
        if (request.path().equals("/boom")) {
            throw new IllegalStateException("handler failure on purpose");
        }
        return SimulatedResponse.json(200, Map.of(
                "method", request.method(), "path", request.path(), "at", clock().instant().toString(),
                "body", request.bodyText()));
    }
}
