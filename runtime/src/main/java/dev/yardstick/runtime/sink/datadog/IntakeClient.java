package dev.yardstick.runtime.sink.datadog;

import static java.util.Objects.requireNonNull;

import dev.yardstick.api.config.Secret;
import dev.yardstick.runtime.sink.batch.TransportResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionSpec;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * The sink's HTTP client: posts ready bodies to the intake with the API key, and turns every outcome into a
 * {@link TransportResponse} or an {@link IOException}, the key masked in both. The okhttp client is built on the
 * first post, as {@code HttpServices} builds the collectors' one (finite timeouts, okhttp's own retry off: the
 * batching sender retries within the deadline), so that a run with nothing to send, {@code config check} or
 * {@code list} never set up TLS. Thread-safe.
 */
final class IntakeClient implements AutoCloseable {
    private static final MediaType JSON = MediaType.get("application/json");

    private final Secret apiKey;
    private final Duration connectTimeout;
    private final Duration readTimeout;
    private final boolean cleartextOnly;
    private volatile OkHttpClient client;
    private volatile boolean closed;

    /**
     * Creates a client; nothing is set up until the first post.
     *
     * @param apiKey the key sent with every post
     * @param connectTimeout the connect timeout
     * @param readTimeout the read timeout
     * @param cleartextOnly true when every post goes to a plain {@code http} URL (a local or test intake): the
     *     client then sets up no TLS at all, which otherwise costs every process that sends a few hundred classes
     *     and the trust store
     */
    IntakeClient(Secret apiKey, Duration connectTimeout, Duration readTimeout, boolean cleartextOnly) {
        this.cleartextOnly = cleartextOnly;
        this.apiKey = requireNonNull(apiKey, "apiKey is null");
        this.connectTimeout = requireNonNull(connectTimeout, "connectTimeout is null");
        this.readTimeout = requireNonNull(readTimeout, "readTimeout is null");
    }

    /**
     * Posts a body.
     *
     * @param url the endpoint
     * @param body the body, already compressed
     * @param contentEncoding its {@code Content-Encoding}, or null for none
     * @return the answer, whatever its status
     * @throws IOException when no answer was received
     */
    TransportResponse post(String url, byte[] body, String contentEncoding) throws IOException {
        Request.Builder request = new Request.Builder().url(url)
                .header("DD-API-KEY", apiKey.reveal())
                .header("User-Agent", "yardstick")
                .header("Accept", "application/json")
                .post(RequestBody.create(body, JSON));
        if (contentEncoding != null) {
            request.header("Content-Encoding", contentEncoding);
        }
        try (Response response = client().newCall(request.build()).execute()) {
            ResponseBody answer = response.body();
            String text = answer == null ? "" : answer.string();
            return new TransportResponse(response.code(), response.headers().toMultimap(), redact(text));
        } catch (IOException e) {
            throw new IOException(redact(e.toString()));
        }
    }

    private String redact(String text) {
        String key = apiKey.reveal();
        return key.isEmpty() ? text : text.replace(key, Secret.REDACTED);
    }

    private OkHttpClient client() throws IOException {
        OkHttpClient built = client;
        if (built == null) {
            synchronized (this) {
                if (closed) {
                    throw new IOException("the Datadog sink is closed");
                }
                built = client;
                if (built == null) {
                    OkHttpClient.Builder builder = new OkHttpClient.Builder();
                    if (cleartextOnly) {
                        builder.connectionSpecs(List.of(ConnectionSpec.CLEARTEXT));
                    }
                    built = builder
                            .connectTimeout(connectTimeout.toMillis(), TimeUnit.MILLISECONDS)
                            .readTimeout(readTimeout.toMillis(), TimeUnit.MILLISECONDS)
                            .retryOnConnectionFailure(false)
                            .build();
                    client = built;
                }
            }
        }
        return built;
    }

    /** Releases the connections and the dispatcher's threads when the client was built. Idempotent. */
    @Override
    public synchronized void close() {
        closed = true;
        OkHttpClient built = client;
        if (built != null) {
            built.dispatcher().executorService().shutdown();
            built.connectionPool().evictAll();
        }
    }
}
