package dev.yardstick.healthfom;

import static java.util.Objects.requireNonNull;

import com.datadog.api.client.ApiClient;
import com.datadog.api.client.ApiException;
import com.datadog.api.client.v1.api.MetricsApi;
import com.datadog.api.client.v1.model.MetricsQueryMetadata;
import com.datadog.api.client.v1.model.MetricsQueryResponse;
import dev.yardstick.api.CollectFailure;
import dev.yardstick.api.FailureKind;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the inputs back from Datadog, for deployments that run github and wandb in other CronJobs: for each input
 * metric one v1 metrics query, {@code avg:<input>{env:<environment>} by {repo}} (or {@code by {project}}, and
 * {@code by {project,run_type}} for the run-type counts), over {@code [at − lookback, at]}, keeping the last
 * non-null point of each series. Only this environment's series count, never an average across everything.
 */
final class DatadogInputSource {
    private final DatadogQuerySettings settings;
    private final Set<String> trainingRunTypes;
    private final String environment;

    DatadogInputSource(DatadogQuerySettings settings, Set<String> trainingRunTypes, String environment) {
        this.settings = requireNonNull(settings, "settings is null");
        this.trainingRunTypes = Set.copyOf(trainingRunTypes);
        this.environment = requireNonNull(environment, "environment is null");
    }

    /**
     * Queries every distinct input of the enabled scores; a query that fails is a failure of its own section
     * ({@code datadog:<input>}), and its scores are reported missing.
     *
     * @param scores the enabled scores
     * @param at the evaluation instant, the end of every query
     * @return the snapshot
     */
    InputSnapshot read(List<ConfiguredScore> scores, Instant at) {
        Map<String, ScoreDefinition> byInput = new LinkedHashMap<>();
        scores.forEach(score -> byInput.putIfAbsent(score.definition().input(), score.definition()));
        InputSnapshot snapshot = new InputSnapshot();
        long from = at.minus(settings.lookback()).getEpochSecond();
        ApiClient client = client();
        try {
            MetricsApi api = new MetricsApi(client);
            for (ScoreDefinition score : byInput.values()) {
                String query = query(score);
                try {
                    fill(snapshot, score, api.queryMetrics(from, at.getEpochSecond(), query), at);
                } catch (ApiException e) {
                    snapshot.fail(new CollectFailure("datadog:" + score.input(), kind(e.getCode()),
                            "query " + query + " failed: " + describe(e)));
                }
            }
        } finally {
            client.getHttpClient().close();
        }
        return snapshot;
    }

    /** The query for one input; the environment is this run's, so other environments never mix in. */
    String query(ScoreDefinition score) {
        String by = score.group().tagKey() + (score.runTypeCount() ? "," + RunInputSource.RUN_TYPE_TAG : "");
        return "avg:" + score.input() + "{env:" + environment + "} by {" + by + "}";
    }

    private void fill(InputSnapshot snapshot, ScoreDefinition score, MetricsQueryResponse response, Instant at) {
        if ("error".equals(response.getStatus())) {
            snapshot.fail(new CollectFailure("datadog:" + score.input(), FailureKind.BAD_RESPONSE,
                    "query " + query(score) + " failed: " + response.getError()));
            return;
        }
        List<MetricsQueryMetadata> series = response.getSeries();
        for (MetricsQueryMetadata one : series == null ? List.<MetricsQueryMetadata>of() : series) {
            Map<String, String> tags = tags(one.getTagSet());
            String seriesValue = tags.get(score.group().tagKey());
            if (seriesValue == null) {
                continue;
            }
            snapshot.addSeries(score.group(), seriesValue);
            if (score.runTypeCount() && !trainingRunTypes.isEmpty()
                    && !trainingRunTypes.contains(tags.get(RunInputSource.RUN_TYPE_TAG))) {
                continue;
            }
            Optional<Double> last = lastValue(one, at);
            if (last.isPresent() && score.runTypeCount()) {
                snapshot.add(score.input(), seriesValue, last.get());
            } else if (last.isPresent()) {
                snapshot.set(score.input(), seriesValue, last.get());
            }
        }
    }

    private static Map<String, String> tags(List<String> tagSet) {
        Map<String, String> tags = new LinkedHashMap<>();
        for (String tag : tagSet == null ? List.<String>of() : tagSet) {
            int colon = tag.indexOf(':');
            if (colon > 0) {
                tags.put(tag.substring(0, colon), tag.substring(colon + 1));
            }
        }
        return tags;
    }

    /** The value of the last point at or before {@code at} whose value is not null. */
    private static Optional<Double> lastValue(MetricsQueryMetadata series, Instant at) {
        Double last = null;
        List<List<Double>> points = series.getPointlist();
        for (List<Double> point : points == null ? List.<List<Double>>of() : points) {
            if (point.size() >= 2 && point.get(0) != null && point.get(1) != null
                    && point.get(0) <= at.toEpochMilli()) {
                last = point.get(1);
            }
        }
        return Optional.ofNullable(last);
    }

    private ApiClient client() {
        ApiClient client = new ApiClient();
        client.setBasePath(settings.baseUrl().toString());
        client.enableRetry(false);
        client.setConnectTimeout(Math.toIntExact(settings.connectTimeout().toMillis()));
        client.setReadTimeout(Math.toIntExact(settings.readTimeout().toMillis()));
        client.configureApiKeys(Map.of("apiKeyAuth", settings.apiKey().reveal(),
                "appKeyAuth", settings.appKey().reveal()));
        client.setUserAgent("yardstick-health-fom");
        return client;
    }

    private static FailureKind kind(int status) {
        if (status == 401 || status == 403) {
            return FailureKind.AUTH;
        }
        if (status == 429) {
            return FailureKind.RATE_LIMITED;
        }
        return status == 0 || status >= 500 ? FailureKind.UPSTREAM_UNAVAILABLE : FailureKind.BAD_RESPONSE;
    }

    private static String describe(ApiException e) {
        String message = e.getCode() == 0 ? String.valueOf(e.getMessage()) : "HTTP " + e.getCode();
        String body = e.getResponseBody();
        if (body != null && !body.isBlank()) {
            message += " " + (body.length() > 300 ? body.substring(0, 300) + "…" : body);
        }
        return message;
    }
}
