package dev.yardstick.dashboards.query;

/** A query that does not follow Datadog's grammar: what is wrong and where (0-based offset in the query). */
public final class QuerySyntaxException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int offset;
    private final String token;

    /**
     * Creates the exception.
     *
     * @param message what is wrong
     * @param offset where, as a 0-based offset into the query text
     * @param token the offending text (to find it in the Jsonnet source), possibly empty
     */
    public QuerySyntaxException(String message, int offset, String token) {
        super(message);
        this.offset = offset;
        this.token = token;
    }

    /** The 0-based offset of the problem in the query text. */
    public int offset() {
        return offset;
    }

    /** The offending text, possibly empty. */
    public String token() {
        return token;
    }
}
