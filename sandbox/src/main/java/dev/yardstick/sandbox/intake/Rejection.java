package dev.yardstick.sandbox.intake;

import java.util.List;
import java.util.Objects;

/**
 * A request the intake itself refused (not an injected fault).
 *
 * @param status the status answered: 400, 403, 404, 405 or 413
 * @param path   the request path
 * @param errors the error messages sent back
 */
public record Rejection(int status, String path, List<String> errors) {

    public Rejection {
        Objects.requireNonNull(path, "path");
        errors = List.copyOf(errors);
    }
}
