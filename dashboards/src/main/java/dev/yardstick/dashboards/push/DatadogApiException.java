package dev.yardstick.dashboards.push;

/** A Datadog API call failed; the message names the call and the status, never a key. */
public final class DatadogApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;

    DatadogApiException(String call, int status, String body) {
        super(call + " failed with HTTP " + status + (body == null || body.isBlank() ? "" : ": " + abbreviate(body)));
        this.status = status;
    }

    /** The HTTP status, or 0 when no response arrived. */
    public int status() {
        return status;
    }

    private static String abbreviate(String body) {
        String oneLine = body.replaceAll("\\s+", " ").trim();
        return oneLine.length() > 300 ? oneLine.substring(0, 300) + "…" : oneLine;
    }
}
