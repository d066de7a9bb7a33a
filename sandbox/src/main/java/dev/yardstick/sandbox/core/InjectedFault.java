package dev.yardstick.sandbox.core;

import java.util.Objects;

/**
 * A fault chosen for one request.
 *
 * @param kind     what to do with the request
 * @param response the scripted answer, for {@link Kind#RESPOND} only (null otherwise)
 */
record InjectedFault(Kind kind, FaultResponse response) {

    /** What to do with the request. */
    enum Kind {
        /** Answer with the scripted response instead of the simulator's. */
        RESPOND,
        /** Read the request and never answer, until the client gives up or the simulator closes. */
        HANG,
        /** Read the request and close the connection without answering. */
        DISCONNECT
    }

    InjectedFault {
        Objects.requireNonNull(kind, "kind");
        if ((kind == Kind.RESPOND) != (response != null)) {
            throw new IllegalArgumentException("a response is required for RESPOND and only for it");
        }
    }

    static InjectedFault respond(FaultResponse response) {
        return new InjectedFault(Kind.RESPOND, Objects.requireNonNull(response, "response"));
    }
}
