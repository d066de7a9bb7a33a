package dev.yardstick.sandbox.core;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One HTTP request as a simulator received it.
 *
 * @param method     the HTTP method, upper case
 * @param target     the request target: path plus query, for example {@code /repos/o/r/pulls?page=2}
 * @param headers    header values by lower-cased header name
 * @param body       the body bytes as sent on the wire (still compressed), possibly cut at the recording limit
 * @param bodySize   the size of the body on the wire, in bytes, even when {@code body} was cut
 * @param receivedAt the simulator clock's instant when the request was dispatched
 */
public record ReceivedRequest(
        String method, String target, Map<String, List<String>> headers, byte[] body, long bodySize,
        Instant receivedAt) {

    /** Upper bound for {@link #decodedBody()}; the intake applies its own, stricter limit. */
    private static final long DECODE_LIMIT = 64L * 1024 * 1024;

    public ReceivedRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(target, "target");
        headers = Map.copyOf(headers);
        body = body.clone();
        Objects.requireNonNull(receivedAt, "receivedAt");
    }

    /** Returns a copy of the body bytes as sent on the wire. */
    @Override
    public byte[] body() {
        return body.clone();
    }

    /** Returns true when the recorded body is shorter than the body that was sent. */
    public boolean bodyTruncated() {
        return body.length < bodySize;
    }

    /** Returns the path without the query. */
    public String path() {
        int q = target.indexOf('?');
        return q < 0 ? target : target.substring(0, q);
    }

    /** Returns the raw query string (without {@code ?}), if any. */
    public Optional<String> query() {
        int q = target.indexOf('?');
        return q < 0 ? Optional.empty() : Optional.of(target.substring(q + 1));
    }

    /** Returns the first value of a query parameter, URL-decoded. */
    public Optional<String> queryParameter(String name) {
        return query().flatMap(query -> Arrays.stream(query.split("&"))
                .map(pair -> pair.split("=", 2))
                .filter(pair -> decode(pair[0]).equals(name))
                .map(pair -> pair.length == 2 ? decode(pair[1]) : "")
                .findFirst());
    }

    /** Returns the first value of a header; the name is case-insensitive. */
    public Optional<String> header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /** Returns the body decompressed according to its {@code Content-Encoding}. */
    public byte[] decodedBody() {
        return BodyCodec.decode(body, header("Content-Encoding").orElse(null), DECODE_LIMIT);
    }

    /** Returns the decoded body as UTF-8 text. */
    public String bodyText() {
        return new String(decodedBody(), StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return method + " " + target + " (" + bodySize + " body bytes)";
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
