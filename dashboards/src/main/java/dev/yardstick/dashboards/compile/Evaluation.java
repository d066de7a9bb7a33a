package dev.yardstick.dashboards.compile;

import java.util.Optional;

/**
 * The outcome of evaluating Jsonnet: JSON text or a located error.
 *
 * @param json the rendered JSON, when evaluation succeeded
 * @param error the error, when it failed
 */
public record Evaluation(Optional<String> json, Optional<CompileError> error) {

    static Evaluation success(String json) {
        return new Evaluation(Optional.of(json), Optional.empty());
    }

    static Evaluation failure(CompileError error) {
        return new Evaluation(Optional.empty(), Optional.of(error));
    }

    /** Whether evaluation succeeded. */
    public boolean ok() {
        return json.isPresent();
    }
}
