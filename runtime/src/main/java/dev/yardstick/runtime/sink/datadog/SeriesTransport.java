package dev.yardstick.runtime.sink.datadog;

import static java.util.Objects.requireNonNull;

import com.datadog.api.client.v2.api.MetricsApi;
import com.datadog.api.client.v2.model.MetricContentEncoding;
import com.datadog.api.client.v2.model.MetricPayload;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.yardstick.api.config.Secret;
import dev.yardstick.api.metric.MetricPoint;
import dev.yardstick.runtime.sink.batch.BatchTransport;
import dev.yardstick.runtime.sink.batch.TransportResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** Posts gauges, counts and rates to {@code /api/v2/series} through the client's v2 {@code MetricsApi}. */
final class SeriesTransport implements BatchTransport {
    private static final int ENVELOPE = "{\"series\":[]}".length();

    private final MetricsApi api;
    private final ObjectMapper mapper;
    private final MetricsApi.SubmitMetricsOptionalParameters options;
    private final Secret apiKey;
    private final String endpoint;

    SeriesTransport(MetricsApi api, ObjectMapper mapper, MetricContentEncoding encoding, Secret apiKey,
            String baseUrl) {
        this.api = requireNonNull(api, "api is null");
        this.mapper = requireNonNull(mapper, "mapper is null");
        this.options = new MetricsApi.SubmitMetricsOptionalParameters();
        if (encoding != null) {
            options.contentEncoding(encoding);
        }
        this.apiKey = requireNonNull(apiKey, "apiKey is null");
        this.endpoint = "POST " + baseUrl + "/api/v2/series";
    }

    @Override
    public byte[] encode(MetricPoint point) {
        try {
            return mapper.writeValueAsBytes(DatadogPayloads.series(point));
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
        MetricPayload payload = new MetricPayload().series(batch.stream().map(DatadogPayloads::series).toList());
        return DatadogCalls.run(() -> api.submitMetricsWithHttpInfo(payload, options).getStatusCode(), apiKey);
    }

    @Override
    public String describe() {
        return endpoint;
    }
}
