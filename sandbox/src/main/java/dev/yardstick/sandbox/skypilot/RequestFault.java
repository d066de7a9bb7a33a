package dev.yardstick.sandbox.skypilot;

/** How the simulated API server mishandles one asynchronous request, chosen when the request is created. */
public enum RequestFault {
    /** The request succeeds. */
    NONE,
    /** The request stays PENDING: {@code /api/get} blocks until it is cancelled (then answers CANCELLED). */
    PENDING_FOREVER,
    /** The request expires: {@code /api/get} answers 404, as after the server's retention. */
    EXPIRED,
    /** {@code /api/get} answers 500 with the failed request in {@code detail}, as current servers do. */
    SERVER_ERROR,
    /** {@code /api/get} answers 200 with status FAILED and an encoded error. */
    FAILED
}
