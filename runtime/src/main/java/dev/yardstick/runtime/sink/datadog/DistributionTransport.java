package dev.yardstick.runtime.sink.datadog;

import static java.util.Objects.requireNonNull;

import com.datadog.api.client.v1.api.MetricsApi;
import com.datadog.api.client.v1.model.DistributionPointsContentEncoding;
import com.datadog.api.client.v1.model.DistributionPointsPayload;
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

/**
 * Posts distributions to {@code /api/v1/distribution_points} (the v2 series intake has no distribution
 * type). That endpoint only accepts deflate among the compressions, so any compression setting means deflate.
 */
final class DistributionTransport implements BatchTransport {
    private static final int ENVELOPE = "{\"series\":[]}".length();

    private final MetricsApi api;
    private final ObjectMapper mapper;
    private final MetricsApi.SubmitDistributionPointsOptionalParameters options;
    private final Secret apiKey;
    private final String endpoint;

    DistributionTransport(MetricsApi api, ObjectMapper mapper, boolean compress, Secret apiKey, String baseUrl) {
        this.api = requireNonNull(api, "api is null");
        this.mapper = requireNonNull(mapper, "mapper is null");
        this.options = new MetricsApi.SubmitDistributionPointsOptionalParameters();
        if (compress) {
            options.contentEncoding(DistributionPointsContentEncoding.DEFLATE);
        }
        this.apiKey = requireNonNull(apiKey, "apiKey is null");
        this.endpoint = "POST " + baseUrl + "/api/v1/distribution_points";
    }

    @Override
    public byte[] encode(MetricPoint point) {
        try {
            return mapper.writeValueAsBytes(DatadogPayloads.distribution((Distribution) point));
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
        DistributionPointsPayload payload = new DistributionPointsPayload()
                .series(batch.stream().map(point -> DatadogPayloads.distribution((Distribution) point)).toList());
        return DatadogCalls.run(() -> {
            api.submitDistributionPoints(payload, options);
            return 202;
        }, apiKey);
    }

    @Override
    public String describe() {
        return endpoint;
    }
}
