package dev.yardstick.sandbox.intake;

import com.fasterxml.jackson.databind.JsonNode;
import dev.yardstick.sandbox.core.BodyCodec;
import dev.yardstick.sandbox.core.BodyDecodingException;
import dev.yardstick.sandbox.core.Json;
import dev.yardstick.sandbox.core.ReceivedRequest;
import dev.yardstick.sandbox.core.SimulatedApi;
import dev.yardstick.sandbox.core.SimulatedResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Consumer;

/**
 * The simulated Datadog metrics intake on loopback.
 *
 * <ul>
 *   <li>{@code POST /api/v2/series}: body plain, {@code gzip} or {@code deflate} per {@code Content-Encoding}; 202
 *       {@code {"errors":[]}} on success.</li>
 *   <li>{@code POST /api/v1/distribution_points}: {@code series[].points} as {@code [timestamp, [values]]}; body
 *       plain or {@code deflate} (the only encoding the v1 endpoint documents: {@code gzip} is refused with 400);
 *       202 {@code {"status":"ok"}}.</li>
 *   <li>{@code GET /api/v1/validate}: 200 {@code {"valid":true}} for an accepted key.</li>
 * </ul>
 *
 * <p>Checks, in order: known path (404) and method (405); {@code DD-API-KEY} present and, when an expected key was
 * configured, equal to it (403 {@code {"errors":["Forbidden"]}}); body at most 512,000 bytes on the wire and
 * 5,242,880 bytes decoded (413); decodable, well-formed JSON matching the schema, metric-name and tag rules, and point
 * timestamps no more than 1 hour old nor 10 minutes ahead of {@link #clock()} (400 {@code {"errors":[...]}} with
 * every problem, each naming its JSON path).
 *
 * <p>Deliberately stricter than the real intake in two ways, to catch sender bugs: a payload with any invalid series
 * is rejected whole with 400 and nothing of it is recorded (the real intake may accept the valid part), and names or
 * tags the real intake would silently rewrite are refused. Injected {@link #faults() faults} are answered before
 * these checks and are neither recorded as accepted nor counted as rejections.
 */
public final class DatadogIntakeSimulator extends SimulatedApi {

    /** The header carrying the API key. */
    public static final String API_KEY_HEADER = "DD-API-KEY";

    private static final String SERIES_PATH = "/api/v2/series";
    private static final String DISTRIBUTIONS_PATH = "/api/v1/distribution_points";
    private static final String VALIDATE_PATH = "/api/v1/validate";
    private static final Map<String, String> METHODS = Map.of(
            SERIES_PATH, "POST", DISTRIBUTIONS_PATH, "POST", VALIDATE_PATH, "GET");

    private final Optional<String> expectedApiKey;
    private final IntakeLedger ledger = new IntakeLedger();

    /** An intake accepting any non-blank {@code DD-API-KEY}. */
    public DatadogIntakeSimulator(Clock clock) {
        this(clock, Optional.empty());
    }

    /** An intake accepting only the given API key when present, any non-blank key otherwise. */
    public DatadogIntakeSimulator(Clock clock, Optional<String> expectedApiKey) {
        super("datadog-intake", clock);
        this.expectedApiKey = Objects.requireNonNull(expectedApiKey, "expectedApiKey");
    }

    /** Returns every accepted v2 series, in arrival order. */
    public List<AcceptedSeries> accepted() {
        return ledger.series();
    }

    /** Returns every accepted v2 point with its series' metric, type and tags, in arrival order. */
    public List<AcceptedPoint> acceptedPoints() {
        return ledger.series().stream()
                .flatMap(s -> s.points().stream()
                        .map(p -> new AcceptedPoint(s.metric(), s.type(), s.tags(), p.timestamp(), p.value())))
                .toList();
    }

    /** Returns the accepted v2 series of one metric, in arrival order. */
    public List<AcceptedSeries> series(String metric) {
        return ledger.series().stream().filter(s -> s.metric().equals(metric)).toList();
    }

    /** Returns every accepted distribution series, in arrival order. */
    public List<AcceptedDistribution> acceptedDistributions() {
        return ledger.distributions();
    }

    /** Returns how many payloads (series and distribution requests) were accepted with 202. */
    public int acceptedPayloadCount() {
        return ledger.acceptedPayloads();
    }

    /** Returns every request the intake refused itself, in arrival order. */
    public List<Rejection> rejections() {
        return ledger.rejections();
    }

    /** Returns how many requests the intake refused with the given status. */
    public long rejectedCount(int status) {
        return ledger.rejections().stream().filter(r -> r.status() == status).count();
    }

    /** Returns how many requests the intake refused, whatever the status. */
    public long rejectedCount() {
        return ledger.rejections().size();
    }

    /** Forgets requests, faults, accepted series and rejections. */
    @Override
    public void reset() {
        super.reset();
        ledger.clear();
    }

    @Override
    protected SimulatedResponse handle(ReceivedRequest request) {
        String method = METHODS.get(request.path());
        if (method == null) {
            return reject(request, 404, List.of("Not found: " + request.path()));
        }
        if (!method.equals(request.method())) {
            return reject(request, 405, List.of("Method not allowed: use " + method + " " + request.path()));
        }
        if (!keyAccepted(request)) {
            return reject(request, 403, List.of("Forbidden"));
        }
        switch (request.path()) {
            case SERIES_PATH:
                return submit(request, SeriesPayloadParser::parse, ledger::acceptSeries,
                        Map.of("errors", List.of()));
            case DISTRIBUTIONS_PATH:
                if (request.header("Content-Encoding").filter(DatadogIntakeSimulator::notForDistributions)
                        .isPresent()) {
                    return reject(request, 400, List.of("Content-Encoding " + request.header("Content-Encoding")
                            .orElseThrow() + " is not accepted by " + DISTRIBUTIONS_PATH + " (deflate or none)"));
                }
                return submit(request, DistributionPayloadParser::parse, ledger::acceptDistributions,
                        Map.of("status", "ok"));
            default:
                return SimulatedResponse.json(200, Map.of("valid", true));
        }
    }

    private static boolean notForDistributions(String contentEncoding) {
        String encoding = contentEncoding.trim().toLowerCase(Locale.ROOT);
        return !encoding.isEmpty() && !encoding.equals("identity") && !encoding.equals("deflate");
    }

    private boolean keyAccepted(ReceivedRequest request) {
        Optional<String> key = request.header(API_KEY_HEADER).filter(k -> !k.isBlank());
        return key.isPresent() && expectedApiKey.map(key.get()::equals).orElse(true);
    }

    private <T> SimulatedResponse submit(ReceivedRequest request,
            BiFunction<JsonNode, Instant, ParsedPayload<T>> parser, Consumer<List<T>> recorder,
            Map<String, Object> acceptedBody) {
        if (request.bodySize() > IntakeLimits.MAX_COMPRESSED_BYTES) {
            return reject(request, 413, List.of("Payload too large: " + request.bodySize()
                    + " bytes on the wire, the limit is " + IntakeLimits.MAX_COMPRESSED_BYTES));
        }
        JsonNode root;
        try {
            byte[] body = BodyCodec.decode(request.body(), request.header("Content-Encoding").orElse(null),
                    IntakeLimits.MAX_DECOMPRESSED_BYTES);
            root = Json.parse(body);
        } catch (BodyDecodingException e) {
            boolean tooLarge = e.reason() == BodyDecodingException.Reason.TOO_LARGE;
            String message = (tooLarge ? "Payload too large: " : "") + e.getMessage();
            return reject(request, tooLarge ? 413 : 400, List.of(message));
        } catch (Json.InvalidJsonException e) {
            return reject(request, 400, List.of(e.getMessage()));
        }
        ParsedPayload<T> parsed = parser.apply(root, clock().instant());
        if (!parsed.valid()) {
            return reject(request, 400, parsed.problems());
        }
        recorder.accept(parsed.items());
        return SimulatedResponse.json(202, acceptedBody);
    }

    private SimulatedResponse reject(ReceivedRequest request, int status, List<String> errors) {
        ledger.reject(new Rejection(status, request.path(), errors));
        return SimulatedResponse.json(status, Map.of("errors", errors));
    }
}
