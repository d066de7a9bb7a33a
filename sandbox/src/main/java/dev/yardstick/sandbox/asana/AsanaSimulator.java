package dev.yardstick.sandbox.asana;

import dev.yardstick.sandbox.core.ReceivedRequest;
import dev.yardstick.sandbox.core.SimulatedApi;
import dev.yardstick.sandbox.core.SimulatedResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.function.Predicate;

/**
 * A simulated Asana REST API on loopback: {@code GET /projects} and {@code GET /tasks} (also under
 * {@code /api/1.0}), with {@code opt_fields}, {@code limit}/{@code offset} pagination whose offset tokens expire,
 * Asana's {@code completed_since} semantics, Bearer-token checking, a per-minute request quota answered with 429 and
 * {@code Retry-After}, and faults on demand (see also {@link #faults()}).
 */
public final class AsanaSimulator extends SimulatedApi {
    /** The token the simulator accepts unless another is given. */
    public static final String DEFAULT_TOKEN = "sandbox-asana-token";
    /** Requests per minute before 429, as for a paid Asana plan. */
    public static final int DEFAULT_QUOTA_PER_MINUTE = 1500;
    /** How long an offset token stays valid. */
    public static final Duration DEFAULT_OFFSET_LIFETIME = Duration.ofMinutes(10);
    /** The message of the 400 answered to an expired offset. */
    public static final String EXPIRED_OFFSET_MESSAGE = "offset: Your pagination token has expired.";

    private final AsanaDataSet data;
    private final String token;
    private final RequestQuota quota;
    private final AsanaRoutes routes;
    private final List<Served> served = new ArrayList<>();
    private final List<Predicate<ReceivedRequest>> offsetExpiries = new ArrayList<>();
    private volatile int pageCap = OffsetPager.MAX_LIMIT;
    private volatile Duration offsetLifetime = DEFAULT_OFFSET_LIFETIME;

    /** One answer the simulator itself produced (injected {@code faults()} answers are not listed). */
    public record Served(String target, int status) {
    }

    /** Creates a simulator serving the standard data set to {@link #DEFAULT_TOKEN}. */
    public AsanaSimulator(Clock clock) {
        this(clock, AsanaDataSet.standard(), DEFAULT_TOKEN);
    }

    /** Creates a simulator serving a data set to one token. */
    public AsanaSimulator(Clock clock, AsanaDataSet data, String token) {
        super("asana", clock);
        this.data = Objects.requireNonNull(data, "data");
        this.token = Objects.requireNonNull(token, "token");
        this.quota = new RequestQuota(clock, DEFAULT_QUOTA_PER_MINUTE);
        this.routes = new AsanaRoutes(data, clock, new OffsetPager(clock, () -> offsetLifetime));
    }

    /** Returns the data set served, for computing expected values. */
    public AsanaDataSet dataSet() {
        return data;
    }

    /** Returns the answers produced so far by the simulator itself, oldest first. */
    public List<Served> served() {
        synchronized (served) {
            return List.copyOf(served);
        }
    }

    /** Sets the requests allowed per minute (counted from now); the next one over gets 429 with Retry-After. */
    public AsanaSimulator quotaPerMinute(int perMinute) {
        quota.set(perMinute);
        return this;
    }

    /** Puts at most this many items in a page, whatever {@code limit} asks (a server may send fewer). */
    public AsanaSimulator pageCap(int items) {
        if (items < 1) {
            throw new IllegalArgumentException("page cap must be at least 1: " + items);
        }
        pageCap = items;
        return this;
    }

    /** Sets how long offset tokens stay valid (on the simulator's clock). */
    public AsanaSimulator offsetLifetime(Duration lifetime) {
        offsetLifetime = Objects.requireNonNull(lifetime, "lifetime");
        return this;
    }

    /**
     * Answers the next request that carries an {@code offset} and matches {@code match} with Asana's 400 for an
     * expired offset, once. Expiries queue in order; each is used by one request.
     */
    public AsanaSimulator expireOffsetOnce(Predicate<ReceivedRequest> match) {
        synchronized (offsetExpiries) {
            offsetExpiries.add(Objects.requireNonNull(match, "match"));
        }
        return this;
    }

    @Override
    public void reset() {
        super.reset();
        synchronized (served) {
            served.clear();
        }
        synchronized (offsetExpiries) {
            offsetExpiries.clear();
        }
        quota.set(DEFAULT_QUOTA_PER_MINUTE);
        pageCap = OffsetPager.MAX_LIMIT;
        offsetLifetime = DEFAULT_OFFSET_LIFETIME;
    }

    @Override
    protected SimulatedResponse handle(ReceivedRequest request) {
        AsanaRoutes.Answer answer = answer(request);
        synchronized (served) {
            served.add(new Served(request.target(), answer.status()));
        }
        SimulatedResponse response = SimulatedResponse.json(answer.status(), answer.body());
        return answer.retryAfter().isPresent()
                ? response.withHeader("Retry-After", Long.toString(answer.retryAfter().getAsLong())) : response;
    }

    @Override
    protected SimulatedResponse errorResponse(int status, String message) {
        return SimulatedResponse.json(status, AsanaRoutes.error(status, message).body());
    }

    private AsanaRoutes.Answer answer(ReceivedRequest request) {
        String auth = request.header("Authorization").orElse("");
        if (!auth.equals("Bearer " + token)) {
            return AsanaRoutes.error(401, "Not Authorized");
        }
        OptionalLong wait = quota.spend();
        if (wait.isPresent()) {
            return AsanaRoutes.error(429, "You have made too many requests recently. Please, be chill.")
                    .withRetryAfter(wait.getAsLong());
        }
        if (request.queryParameter("offset").isPresent() && takeOffsetExpiry(request)) {
            return AsanaRoutes.error(400, EXPIRED_OFFSET_MESSAGE);
        }
        return routes.route(request, baseUrl(), pageCap);
    }

    private boolean takeOffsetExpiry(ReceivedRequest request) {
        synchronized (offsetExpiries) {
            for (int i = 0; i < offsetExpiries.size(); i++) {
                if (offsetExpiries.get(i).test(request)) {
                    offsetExpiries.remove(i);
                    return true;
                }
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return super.toString() + " serving " + data.projects().size() + " projects and " + data.tasks().size()
                + " tasks";
    }
}
