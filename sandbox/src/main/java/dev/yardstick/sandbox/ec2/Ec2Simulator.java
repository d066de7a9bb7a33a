package dev.yardstick.sandbox.ec2;

import dev.yardstick.sandbox.core.ReceivedRequest;
import dev.yardstick.sandbox.core.SimulatedApi;
import dev.yardstick.sandbox.core.SimulatedResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A simulated EC2 Query API on loopback: form-encoded {@code POST Action=…&Version=2016-11-15} requests signed with
 * SigV4 (the region of the credential scope picks the fleet), XML answers in the {@code 2016-11-15} namespace,
 * {@code MaxResults}/{@code NextToken} paging, {@code RequestLimitExceeded} (HTTP 503) and other errors on demand.
 * Actions: DescribeInstances, DescribeInstanceTypes, DescribeVolumes, DescribeSnapshots, DescribeSpotPriceHistory.
 */
public final class Ec2Simulator extends SimulatedApi {
    /** The API version the simulator speaks. */
    public static final String VERSION = "2016-11-15";

    private final Ec2DataSet data;
    private final Optional<String> acceptedKeyId;
    private final List<Call> calls = new ArrayList<>();
    private final List<ActionFault> faults = new ArrayList<>();
    private volatile int pageCap = Integer.MAX_VALUE;

    /** One action the simulator received: its region and the status it answered. */
    public record Call(String action, String region, int status) {
    }

    private record ActionFault(String action, Ec2Error error) {
    }

    /** Creates a simulator serving the standard data set to any access key. */
    public Ec2Simulator(Clock clock) {
        this(clock, Ec2DataSet.standard(), Optional.empty());
    }

    /**
     * Creates a simulator.
     *
     * @param clock the clock
     * @param data what to serve
     * @param acceptedKeyId the only access key id accepted (AuthFailure otherwise), or empty for any
     */
    public Ec2Simulator(Clock clock, Ec2DataSet data, Optional<String> acceptedKeyId) {
        super("ec2", clock);
        this.data = Objects.requireNonNull(data, "data");
        this.acceptedKeyId = Objects.requireNonNull(acceptedKeyId, "acceptedKeyId");
    }

    /** Returns the data served, for computing expected values. */
    public Ec2DataSet dataSet() {
        return data;
    }

    /** Returns every action received so far (faulted ones included), oldest first. */
    public List<Call> calls() {
        synchronized (calls) {
            return List.copyOf(calls);
        }
    }

    /** Returns how many requests of an action were received. */
    public long callCount(String action) {
        return calls().stream().filter(call -> call.action().equals(action)).count();
    }

    /** Caps every page at this many items, below any MaxResults (EC2 may return fewer items than asked). */
    public Ec2Simulator pageCap(int items) {
        if (items < 1) {
            throw new IllegalArgumentException("page cap must be positive: " + items);
        }
        pageCap = items;
        return this;
    }

    /** Answers the next {@code count} requests of an action with {@code RequestLimitExceeded} (HTTP 503). */
    public Ec2Simulator throttle(String action, int count) {
        for (int i = 0; i < count; i++) {
            fail(action, 503, "RequestLimitExceeded", "Request limit exceeded.");
        }
        return this;
    }

    /** Answers the next request of an action with an EC2 error, e.g. 403 {@code UnauthorizedOperation}. */
    public Ec2Simulator fail(String action, int status, String code, String message) {
        synchronized (faults) {
            faults.add(new ActionFault(action, new Ec2Error(status, code, message)));
        }
        return this;
    }

    @Override
    public void reset() {
        super.reset();
        synchronized (calls) {
            calls.clear();
        }
        synchronized (faults) {
            faults.clear();
        }
        pageCap = Integer.MAX_VALUE;
    }

    @Override
    protected SimulatedResponse handle(ReceivedRequest request) {
        QueryParameters params = QueryParameters.parse(request.bodyText());
        String action = params.get("Action").orElse("");
        Optional<AwsSignature> signature = AwsSignature.parse(request.header("Authorization"));
        String region = signature.map(AwsSignature::region).orElse("");
        Ec2Actions actions = new Ec2Actions(data, data.region(region), pageCap);
        SimulatedResponse response;
        try {
            checkRequest(request, params, signature);
            Ec2Error fault = takeFault(action);
            if (fault != null) {
                throw fault;
            }
            response = xml(200, actions.answer(action, params));
        } catch (Ec2Error error) {
            response = xml(error.status(), error.xml(actions.requestId()));
        }
        synchronized (calls) {
            calls.add(new Call(action, region, response.status()));
        }
        return response;
    }

    private void checkRequest(ReceivedRequest request, QueryParameters params, Optional<AwsSignature> signature)
            throws Ec2Error {
        if (!request.method().equals("POST")) {
            throw new Ec2Error(400, "InvalidHttpRequest", "The EC2 Query API takes form-encoded POST requests.");
        }
        if (signature.isEmpty() || !signature.get().service().equals("ec2")) {
            throw new Ec2Error(401, "AuthFailure", "AWS was not able to validate the provided access credentials");
        }
        if (acceptedKeyId.isPresent() && !acceptedKeyId.get().equals(signature.get().accessKeyId())) {
            throw new Ec2Error(401, "AuthFailure", "AWS was not able to validate the provided access credentials");
        }
        if (!params.get("Version").equals(Optional.of(VERSION))) {
            throw new Ec2Error(400, "InvalidParameterValue", "Version must be " + VERSION);
        }
    }

    private Ec2Error takeFault(String action) {
        synchronized (faults) {
            for (int i = 0; i < faults.size(); i++) {
                if (faults.get(i).action().equals(action)) {
                    return faults.remove(i).error();
                }
            }
        }
        return null;
    }

    @Override
    protected SimulatedResponse errorResponse(int status, String message) {
        String code = status == 503 ? "Unavailable" : status >= 500 ? "InternalError" : "InvalidRequest";
        return xml(status, new Ec2Error(status, code, message).xml(UUID.randomUUID().toString()));
    }

    private static SimulatedResponse xml(int status, String body) {
        return new SimulatedResponse(status, Map.of("Content-Type", "text/xml;charset=UTF-8"),
                body.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return super.toString() + " serving " + data.regions().keySet();
    }
}
