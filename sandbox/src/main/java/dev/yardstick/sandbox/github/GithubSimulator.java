package dev.yardstick.sandbox.github;

import dev.yardstick.sandbox.core.FaultResponse;
import dev.yardstick.sandbox.core.Json;
import dev.yardstick.sandbox.core.ReceivedRequest;
import dev.yardstick.sandbox.core.SimulatedApi;
import dev.yardstick.sandbox.core.SimulatedResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * A simulated GitHub REST API on loopback: the repository, pull-request, branch, commit and workflow-run
 * endpoints Yardstick reads, with {@code Link} pagination, ETags and 304 answers to {@code If-None-Match},
 * a primary rate-limit budget in {@code x-ratelimit-*} headers (304s are free), the 1,000-run cap on
 * filtered run listings, Bearer-token checking, secondary-limit answers on demand and faults on chosen
 * requests.
 */
public final class GithubSimulator extends SimulatedApi {
    /** The token the simulator accepts unless another is given. */
    public static final String DEFAULT_TOKEN = "sandbox-github-token";
    /** The primary budget per hour, as for a personal access token. */
    public static final int DEFAULT_RATE_LIMIT = 5000;

    private final GithubDataSet data;
    private final String token;
    private final RateBudget budget;
    private final List<Served> served = new ArrayList<>();
    private final List<TargetedFault> targetedFaults = new ArrayList<>();
    private volatile GithubRoutes routes;

    /** One answer the simulator itself produced (injected {@code faults()} answers are not listed). */
    public record Served(String target, int status) {
    }

    private record TargetedFault(Predicate<ReceivedRequest> match, SimulatedResponse response) {
    }

    /** Creates a simulator serving the standard data set to {@link #DEFAULT_TOKEN}. */
    public GithubSimulator(Clock clock) {
        this(clock, GithubDataSet.standard(), DEFAULT_TOKEN);
    }

    /** Creates a simulator serving a data set to one token. */
    public GithubSimulator(Clock clock, GithubDataSet data, String token) {
        super("github", clock);
        this.data = Objects.requireNonNull(data, "data");
        this.token = Objects.requireNonNull(token, "token");
        this.budget = new RateBudget(clock, DEFAULT_RATE_LIMIT);
    }

    /** Returns the data set served, for computing expected values. */
    public GithubDataSet dataSet() {
        return data;
    }

    /** Returns the primary rate-limit budget (set it low to test the floor). */
    public RateBudget rateBudget() {
        return budget;
    }

    /** Returns the answers produced so far by the simulator itself, oldest first. */
    public List<Served> served() {
        synchronized (served) {
            return List.copyOf(served);
        }
    }

    /** Returns how many 304 Not Modified answers were given. */
    public long notModifiedCount() {
        return served().stream().filter(answer -> answer.status() == 304).count();
    }

    /**
     * Answers the next request whose target (path and query) contains {@code targetPart} with a fault,
     * once. Faults queue in order; each is used by one request.
     */
    public GithubSimulator faultOnce(String targetPart, FaultResponse fault) {
        return faultOnce(request -> request.target().contains(targetPart), fault);
    }

    /** Answers the next request matching {@code match} with a fault, once. */
    public GithubSimulator faultOnce(Predicate<ReceivedRequest> match, FaultResponse fault) {
        Objects.requireNonNull(match, "match");
        SimulatedResponse response = fault.body().map(body -> SimulatedResponse.rawJson(fault.status(), body))
                .orElseGet(() -> errorResponse(fault.status(), "injected fault: HTTP " + fault.status()));
        for (Map.Entry<String, String> header : fault.headers().entrySet()) {
            response = response.withHeader(header.getKey(), header.getValue());
        }
        synchronized (targetedFaults) {
            targetedFaults.add(new TargetedFault(match, response));
        }
        return this;
    }

    /** Answers the next {@code count} requests with GitHub's secondary-limit 403 and a {@code retry-after}. */
    public GithubSimulator secondaryLimit(int count, long retryAfterSeconds) {
        FaultResponse limited = FaultResponse.retryAfter(403, retryAfterSeconds).withBody(
                "{\"message\":\"You have exceeded a secondary rate limit. Please wait a few minutes before you try again.\"}");
        for (int i = 0; i < count; i++) {
            faultOnce("/", limited);
        }
        return this;
    }

    /** Answers the next request whose target contains {@code targetPart} with a 200 whose body is not JSON. */
    public GithubSimulator malformedOnce(String targetPart) {
        return faultOnce(targetPart, new FaultResponse(200, Map.of(), java.util.Optional.of("{\"truncated\": [")));
    }

    @Override
    public void reset() {
        super.reset();
        synchronized (served) {
            served.clear();
        }
        synchronized (targetedFaults) {
            targetedFaults.clear();
        }
        budget.refill();
    }

    @Override
    protected SimulatedResponse handle(ReceivedRequest request) {
        SimulatedResponse answer = answer(request);
        synchronized (served) {
            served.add(new Served(request.target(), answer.status()));
        }
        return answer;
    }

    @Override
    protected SimulatedResponse errorResponse(int status, String message) {
        return SimulatedResponse.json(status, Map.of("message", message,
                "documentation_url", "https://docs.github.com/rest"));
    }

    private SimulatedResponse answer(ReceivedRequest request) {
        SimulatedResponse fault = takeFault(request);
        if (fault != null) {
            return fault;
        }
        String auth = request.header("Authorization").orElse("");
        if (!auth.equals("Bearer " + token) && !auth.equals("token " + token)) {
            return errorResponse(401, "Bad credentials");
        }
        if (budget.exhausted()) {
            return budget.stamp(errorResponse(403, "API rate limit exceeded for user."));
        }
        if (routes == null) {
            routes = new GithubRoutes(data, baseUrl());
        }
        GithubRoutes.Answer routed = routes.route(request);
        SimulatedResponse response = SimulatedResponse.json(routed.status(), routed.body());
        if (routed.link().isPresent()) {
            response = response.withHeader("Link", routed.link().get());
        }
        if (routed.status() != 200) {
            budget.spend();
            return budget.stamp(response);
        }
        String etag = etag(response.body());
        if (request.header("If-None-Match").map(value -> value.equals(etag)).orElse(false)) {
            // Like GitHub, a 304 still carries the current Link header: pagination is not part of the ETag.
            SimulatedResponse notModified = SimulatedResponse.empty(304).withHeader("ETag", etag);
            if (routed.link().isPresent()) {
                notModified = notModified.withHeader("Link", routed.link().get());
            }
            return budget.stamp(notModified);
        }
        budget.spend();
        return budget.stamp(response.withHeader("ETag", etag));
    }

    private SimulatedResponse takeFault(ReceivedRequest request) {
        synchronized (targetedFaults) {
            for (int i = 0; i < targetedFaults.size(); i++) {
                if (targetedFaults.get(i).match().test(request)) {
                    return targetedFaults.remove(i).response();
                }
            }
        }
        return null;
    }

    /** A weak ETag over the body and the credential: like GitHub's, it differs between tokens. */
    private String etag(byte[] body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(token.getBytes(StandardCharsets.UTF_8));
            digest.update(body);
            return "W/\"" + HexFormat.of().formatHex(digest.digest(), 0, 16) + "\"";
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    @Override
    public String toString() {
        return super.toString() + " serving " + data.repos().size() + " repositories, " + Json.text(budget.snapshot());
    }
}
