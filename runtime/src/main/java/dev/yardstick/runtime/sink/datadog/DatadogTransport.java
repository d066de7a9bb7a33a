package dev.yardstick.runtime.sink.datadog;

import static java.util.Objects.requireNonNull;

import com.datadog.api.client.ApiException;
import com.datadog.api.client.v1.model.DistributionPointsContentEncoding;
import com.datadog.api.client.v1.model.DistributionPointsPayload;
import com.datadog.api.client.v2.model.MetricContentEncoding;
import com.datadog.api.client.v2.model.MetricPayload;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.yardstick.api.config.Secret;
import dev.yardstick.api.metric.Distribution;
import dev.yardstick.api.metric.MetricPoint;
import dev.yardstick.runtime.sink.batch.BatchTransport;
import dev.yardstick.runtime.sink.batch.TransportResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Function;

/**
 * Sends batches to one Datadog intake endpoint through datadog-api-client: gauges, counts and rates to
 * {@code /api/v2/series} ({@link #series}), distributions to {@code /api/v1/distribution_points}
 * ({@link #distributions}; the v2 series intake has no distribution type, and the v1 endpoint only accepts
 * deflate among the compressions).
 */
final class DatadogTransport implements BatchTransport {
    private static final int ENVELOPE = "{\"series\":[]}".length();

    /** Submits a batch and returns the HTTP status. */
    @FunctionalInterface
    private interface Submit {
        int submit(List<MetricPoint> batch) throws ApiException;
    }

    private final ObjectMapper mapper;
    private final Function<MetricPoint, Object> model;
    private final Submit submit;
    private final Secret apiKey;
    private final String endpoint;

    private DatadogTransport(ObjectMapper mapper, Function<MetricPoint, Object> model, Submit submit, Secret apiKey,
            String endpoint) {
        this.mapper = requireNonNull(mapper, "mapper is null");
        this.model = requireNonNull(model, "model is null");
        this.submit = requireNonNull(submit, "submit is null");
        this.apiKey = requireNonNull(apiKey, "apiKey is null");
        this.endpoint = requireNonNull(endpoint, "endpoint is null");
    }

    static DatadogTransport series(com.datadog.api.client.v2.api.MetricsApi api, ObjectMapper mapper,
            MetricContentEncoding encoding, Secret apiKey, String baseUrl) {
        var options = new com.datadog.api.client.v2.api.MetricsApi.SubmitMetricsOptionalParameters();
        if (encoding != null) {
            options.contentEncoding(encoding);
        }
        return new DatadogTransport(mapper, DatadogPayloads::series, batch -> api.submitMetricsWithHttpInfo(
                new MetricPayload().series(batch.stream().map(DatadogPayloads::series).toList()), options)
                .getStatusCode(), apiKey, "POST " + baseUrl + "/api/v2/series");
    }

    static DatadogTransport distributions(com.datadog.api.client.v1.api.MetricsApi api, ObjectMapper mapper,
            boolean compress, Secret apiKey, String baseUrl) {
        var options = new com.datadog.api.client.v1.api.MetricsApi.SubmitDistributionPointsOptionalParameters();
        if (compress) {
            options.contentEncoding(DistributionPointsContentEncoding.DEFLATE);
        }
        return new DatadogTransport(mapper, point -> DatadogPayloads.distribution((Distribution) point), batch -> {
            api.submitDistributionPoints(new DistributionPointsPayload().series(batch.stream()
                    .map(point -> DatadogPayloads.distribution((Distribution) point)).toList()), options);
            return 202;
        }, apiKey, "POST " + baseUrl + "/api/v1/distribution_points");
    }

    @Override
    public byte[] encode(MetricPoint point) {
        try {
            return mapper.writeValueAsBytes(model.apply(point));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public int envelopeBytes() {
        return ENVELOPE;
    }

    @Override
    public TransportResponse deliver(List<MetricPoint> batch) throws IOException {
        return DatadogCalls.run(() -> submit.submit(batch), apiKey);
    }

    @Override
    public String describe() {
        return endpoint;
    }
}
