package dev.yardstick.runtime.sink.datadog;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.yardstick.api.metric.MetricPoint;
import dev.yardstick.runtime.sink.batch.BatchTransport;
import dev.yardstick.runtime.sink.batch.Compression;
import dev.yardstick.runtime.sink.batch.EncodedBatch;
import dev.yardstick.runtime.sink.batch.TransportResponse;
import java.io.IOException;

/**
 * One Datadog intake endpoint: gauges, counts and rates to {@code /api/v2/series} ({@link #series}), distributions
 * to {@code /api/v1/distribution_points} ({@link #distributions}; the v2 series intake has no distribution type,
 * and the v1 endpoint accepts only {@code deflate} among the compressions). Bodies are written by
 * {@link IntakeJson} and posted by the sink's {@link IntakeClient}.
 */
final class DatadogTransport implements BatchTransport {
    /** Writes one point with the transport's encoder. */
    @FunctionalInterface
    private interface PointWriter {
        void write(IntakeJson encoder, JsonGenerator json, MetricPoint point) throws IOException;
    }

    private final IntakeClient client;
    private final String url;
    private final Compression compression;
    private final PointWriter writer;
    private final ThreadLocal<IntakeJson> encoders = ThreadLocal.withInitial(IntakeJson::new);

    private DatadogTransport(IntakeClient client, String url, Compression compression, PointWriter writer) {
        this.client = requireNonNull(client, "client is null");
        this.url = requireNonNull(url, "url is null");
        this.compression = requireNonNull(compression, "compression is null");
        this.writer = writer;
    }

    /** The v2 series endpoint, bodies compressed as configured. */
    static DatadogTransport series(IntakeClient client, String baseUrl, Compression compression) {
        return new DatadogTransport(client, stripTrailingSlash(baseUrl) + "/api/v2/series", compression,
                IntakeJson::series);
    }

    /** The v1 distribution-points endpoint: deflate unless compression is off. */
    static DatadogTransport distributions(IntakeClient client, String baseUrl, Compression compression) {
        return new DatadogTransport(client, stripTrailingSlash(baseUrl) + "/api/v1/distribution_points",
                compression == Compression.NONE ? Compression.NONE : Compression.DEFLATE, IntakeJson::distribution);
    }

    @Override
    public String bodyStart() {
        return IntakeJson.BODY_START;
    }

    @Override
    public String bodyEnd() {
        return IntakeJson.BODY_END;
    }

    @Override
    public void writePoint(JsonGenerator json, MetricPoint point) throws IOException {
        writer.write(encoders.get(), json, point);
    }

    @Override
    public Compression compression() {
        return compression;
    }

    @Override
    public TransportResponse deliver(EncodedBatch batch) throws IOException {
        return client.post(url, batch.body(), compression.contentEncoding().orElse(null));
    }

    @Override
    public String describe() {
        return "POST " + url;
    }

    private static String stripTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
