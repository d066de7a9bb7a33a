package dev.yardstick.sandbox.ec2;

import dev.yardstick.sandbox.core.ReceivedRequest;
import dev.yardstick.sandbox.core.SimulatedApi;
import dev.yardstick.sandbox.core.SimulatedResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A simulated CloudWatch {@code GetMetricData} endpoint speaking the protocol the AWS SDK for Java 2.59 uses for
 * CloudWatch: Smithy RPC v2 CBOR ({@code POST /service/GraniteServiceVersion20100801/operation/GetMetricData},
 * {@code smithy-protocol: rpc-v2-cbor}, CBOR bodies). It serves {@code AWS/EC2 CPUUtilization} by
 * {@code InstanceId} from the EC2 data set's 5-minute datapoints: per query, one value per period from StartTime
 * (datapoints with {@code start ≤ t < start + period}) with the requested statistic (Average, Minimum, Maximum,
 * Sum, SampleCount), newest first. At most 500 queries per request; throttling on demand.
 */
public final class CloudWatchSimulator extends SimulatedApi {
    /** The operation path of GetMetricData. */
    public static final String GET_METRIC_DATA = "/service/GraniteServiceVersion20100801/operation/GetMetricData";
    static final int MAX_QUERIES = 500;

    private final Ec2DataSet data;
    private final List<Integer> queriesPerRequest = new ArrayList<>();
    private int throttled;

    /** Creates a simulator serving the CPU data of a data set. */
    public CloudWatchSimulator(Clock clock, Ec2DataSet data) {
        super("cloudwatch", clock);
        this.data = Objects.requireNonNull(data, "data");
    }

    /** Returns the number of queries of each GetMetricData request received, oldest first. */
    public List<Integer> queriesPerRequest() {
        synchronized (queriesPerRequest) {
            return List.copyOf(queriesPerRequest);
        }
    }

    /** Answers the next {@code count} requests with the {@code Throttling} error. */
    public synchronized CloudWatchSimulator throttle(int count) {
        throttled += count;
        return this;
    }

    @Override
    public synchronized void reset() {
        super.reset();
        synchronized (queriesPerRequest) {
            queriesPerRequest.clear();
        }
        throttled = 0;
    }

    @Override
    protected SimulatedResponse handle(ReceivedRequest request) {
        if (!request.method().equals("POST") || !request.path().equals(GET_METRIC_DATA)
                || !request.header("smithy-protocol").equals(Optional.of("rpc-v2-cbor"))) {
            return error(404, "UnknownOperationException", "only rpc-v2-cbor GetMetricData is simulated");
        }
        Optional<AwsSignature> signature = AwsSignature.parse(request.header("Authorization"));
        if (signature.isEmpty() || !signature.get().service().equals("monitoring")) {
            return error(403, "InvalidClientTokenId", "The security token included in the request is invalid.");
        }
        if (takeThrottle()) {
            return error(400, "Throttling", "Rate exceeded").withHeader("x-amzn-query-error", "Throttling;Sender");
        }
        Map<?, ?> body;
        try {
            body = (Map<?, ?>) Cbor.decode(request.decodedBody());
        } catch (RuntimeException e) {
            return error(400, "SerializationException", "the body is not a CBOR map: " + e.getMessage());
        }
        List<?> queries = (List<?>) body.get("MetricDataQueries");
        synchronized (queriesPerRequest) {
            queriesPerRequest.add(queries == null ? 0 : queries.size());
        }
        if (queries == null || queries.isEmpty() || queries.size() > MAX_QUERIES) {
            return error(400, "InvalidParameterValue", "MetricDataQueries must hold 1 to 500 queries");
        }
        Instant start = (Instant) body.get("StartTime");
        Instant end = (Instant) body.get("EndTime");
        RegionFleet fleet = data.region(signature.get().region());
        List<Object> results = new ArrayList<>();
        for (Object query : queries) {
            results.add(MetricQueries.answer((Map<?, ?>) query, fleet, start, end));
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("MetricDataResults", results);
        answer.put("Messages", List.of());
        return cbor(200, answer);
    }

    private synchronized boolean takeThrottle() {
        if (throttled > 0) {
            throttled--;
            return true;
        }
        return false;
    }

    @Override
    protected SimulatedResponse errorResponse(int status, String message) {
        return error(status, status >= 500 ? "InternalServiceError" : "InvalidRequest", message);
    }

    private static SimulatedResponse error(int status, String code, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("__type", "com.amazonaws.cloudwatch#" + code);
        body.put("message", message);
        return cbor(status, body);
    }

    private static SimulatedResponse cbor(int status, Map<String, Object> body) {
        return new SimulatedResponse(status, Map.of("Content-Type", "application/cbor", "smithy-protocol", "rpc-v2-cbor"),
                Cbor.encode(body));
    }
}
