package dev.yardstick.sandbox.intake;

import static dev.yardstick.sandbox.intake.IntakeFixtures.CLOCK;
import static dev.yardstick.sandbox.intake.IntakeFixtures.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.datadog.api.client.ApiClient;
import com.datadog.api.client.ApiException;
import com.datadog.api.client.v1.api.AuthenticationApi;
import com.datadog.api.client.v1.model.DistributionPointItem;
import com.datadog.api.client.v1.model.DistributionPointsContentEncoding;
import com.datadog.api.client.v1.model.DistributionPointsPayload;
import com.datadog.api.client.v1.model.DistributionPointsSeries;
import com.datadog.api.client.v2.api.MetricsApi;
import com.datadog.api.client.v2.model.MetricContentEncoding;
import com.datadog.api.client.v2.model.MetricIntakeType;
import com.datadog.api.client.v2.model.MetricPayload;
import com.datadog.api.client.v2.model.MetricPoint;
import com.datadog.api.client.v2.model.MetricResource;
import com.datadog.api.client.v2.model.MetricSeries;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The official Java client, pointed at the simulator, gets its payloads accepted and recorded. */
class DatadogClientCompatibilityTest {

    private static final String KEY = "compat-key";

    private DatadogIntakeSimulator intake;
    private ApiClient client;

    @BeforeEach
    void start() {
        intake = new DatadogIntakeSimulator(CLOCK, Optional.of(KEY));
        intake.start();
        client = clientFor(KEY);
    }

    @AfterEach
    void close() {
        intake.close();
    }

    @Test
    void v2SeriesGzipIsAcceptedAndRecorded() throws ApiException {
        MetricSeries series = new MetricSeries()
                .metric("yardstick.compat.count")
                .type(MetricIntakeType.COUNT)
                .interval(60L)
                .unit("request")
                .tags(List.of("env:test", "service:yardstick"))
                .resources(List.of(new MetricResource().name("runner-1").type("host")))
                .points(List.of(new MetricPoint().timestamp(NOW.getEpochSecond()).value(7.0)));

        new MetricsApi(client).submitMetrics(new MetricPayload().series(List.of(series)),
                new MetricsApi.SubmitMetricsOptionalParameters().contentEncoding(MetricContentEncoding.GZIP));

        assertEquals(List.of(new AcceptedSeries("yardstick.compat.count", AcceptedSeries.COUNT, OptionalLong.of(60),
                Optional.of("request"), List.of("env:test", "service:yardstick"),
                List.of(new SeriesPoint(NOW.getEpochSecond(), 7.0)),
                List.of(new SeriesResource("runner-1", "host")))), intake.accepted());
        assertEquals("gzip", intake.requests().get(0).header("Content-Encoding").orElseThrow());
    }

    @Test
    void v1DistributionPointsDeflateAreAcceptedAndRecorded() throws ApiException {
        DistributionPointsSeries series = new DistributionPointsSeries()
                .metric("yardstick.compat.latency")
                .tags(List.of("env:test"))
                .points(List.of(List.of(new DistributionPointItem((double) NOW.getEpochSecond()),
                        new DistributionPointItem(List.of(1.5, 2.5)))));

        new com.datadog.api.client.v1.api.MetricsApi(client).submitDistributionPoints(
                new DistributionPointsPayload().series(List.of(series)),
                new com.datadog.api.client.v1.api.MetricsApi.SubmitDistributionPointsOptionalParameters()
                        .contentEncoding(DistributionPointsContentEncoding.DEFLATE));

        AcceptedDistribution accepted = intake.acceptedDistributions().get(0);
        assertEquals(List.of(new DistributionPoint(NOW.getEpochSecond(), List.of(1.5, 2.5))), accepted.points());
    }

    @Test
    void validateAndForbiddenKey() throws ApiException {
        assertTrue(new AuthenticationApi(client).validate().getValid());
        ApiException forbidden = assertThrows(ApiException.class,
                () -> new AuthenticationApi(clientFor("wrong-key")).validate());
        assertEquals(403, forbidden.getCode());
    }

    private ApiClient clientFor(String key) {
        ApiClient api = new ApiClient();
        api.setServerIndex(null);
        api.setBasePath(intake.baseUrl());
        api.configureApiKeys(Map.of("apiKeyAuth", key));
        api.setConnectTimeout(5_000);
        api.setReadTimeout(5_000);
        return api;
    }
}
