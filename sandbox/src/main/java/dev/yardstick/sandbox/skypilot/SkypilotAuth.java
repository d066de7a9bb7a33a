package dev.yardstick.sandbox.skypilot;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * What credentials the simulated API server demands: none, a service-account token sent as
 * {@code Authorization: Bearer}, or a user and password sent as HTTP basic auth (as behind an ingress with basic
 * auth, where clients write {@code http://user:pass@host}).
 *
 * @param bearerToken the accepted token, if any
 * @param basicCredentials the accepted {@code user:password}, if any
 */
public record SkypilotAuth(Optional<String> bearerToken, Optional<String> basicCredentials) {

    /** Accepts every request. */
    public static SkypilotAuth none() {
        return new SkypilotAuth(Optional.empty(), Optional.empty());
    }

    /** Accepts only {@code Authorization: Bearer <token>}. */
    public static SkypilotAuth bearer(String token) {
        return new SkypilotAuth(Optional.of(token), Optional.empty());
    }

    /** Accepts only HTTP basic auth with this user and password. */
    public static SkypilotAuth basic(String user, String password) {
        return new SkypilotAuth(Optional.empty(), Optional.of(user + ":" + password));
    }

    /** Tells whether an {@code Authorization} header value (empty when absent) is accepted. */
    boolean accepts(String authorization) {
        if (bearerToken.isPresent()) {
            return authorization.equals("Bearer " + bearerToken.get());
        }
        if (basicCredentials.isPresent()) {
            return authorization.equals("Basic " + Base64.getEncoder().encodeToString(
                    basicCredentials.get().getBytes(StandardCharsets.UTF_8)));
        }
        return true;
    }
}
