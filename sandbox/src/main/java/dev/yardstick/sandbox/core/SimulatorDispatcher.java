package dev.yardstick.sandbox.core;

import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import okhttp3.Headers;
import okio.Buffer;
import okio.ByteString;

/** Adapts MockWebServer to {@link SimulatedApi}: records, applies faults, calls the handler, adds latency. */
final class SimulatorDispatcher extends Dispatcher {

    private static final System.Logger LOG = System.getLogger(SimulatorDispatcher.class.getName());

    private final SimulatedApi api;

    SimulatorDispatcher(SimulatedApi api) {
        this.api = api;
    }

    @Override
    public MockResponse dispatch(RecordedRequest recorded) {
        ReceivedRequest request = toReceived(recorded);
        api.record(request);
        MockResponse.Builder answer = api.faults().take(request.path())
                .map(fault -> faulted(fault))
                .orElseGet(() -> toMock(handleSafely(request)));
        long delayMillis = api.faults().latency().toMillis();
        if (delayMillis > 0) {
            answer.headersDelay(delayMillis, TimeUnit.MILLISECONDS);
        }
        return answer.build();
    }

    private SimulatedResponse handleSafely(ReceivedRequest request) {
        try {
            return api.handle(request);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, api.name() + " simulator failed on " + request, e);
            return api.errorResponse(500, "simulator failure: " + e.getClass().getSimpleName());
        }
    }

    private MockResponse.Builder faulted(InjectedFault fault) {
        switch (fault.kind()) {
            case HANG:
                return new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE);
            case DISCONNECT:
                return new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket());
            default:
                return toMock(scripted(fault.response()));
        }
    }

    private SimulatedResponse scripted(FaultResponse fault) {
        SimulatedResponse base = fault.body()
                .map(body -> SimulatedResponse.rawJson(fault.status(), body))
                .orElseGet(() -> api.errorResponse(fault.status(), "injected fault: HTTP " + fault.status()));
        for (Map.Entry<String, String> header : fault.headers().entrySet()) {
            base = base.withHeader(header.getKey(), header.getValue());
        }
        return base;
    }

    private static MockResponse.Builder toMock(SimulatedResponse response) {
        MockResponse.Builder builder = new MockResponse.Builder().code(response.status());
        response.headers().forEach(builder::setHeader);
        return builder.body(new Buffer().write(response.body()));
    }

    private ReceivedRequest toReceived(RecordedRequest recorded) {
        ByteString body = recorded.getBody();
        return new ReceivedRequest(
                recorded.getMethod().toUpperCase(Locale.ROOT),
                recorded.getUrl().encodedPath() + queryOf(recorded),
                headersOf(recorded.getHeaders()),
                body == null ? new byte[0] : body.toByteArray(),
                Math.max(recorded.getBodySize(), 0),
                api.clock().instant());
    }

    private static String queryOf(RecordedRequest recorded) {
        String query = recorded.getUrl().encodedQuery();
        return query == null ? "" : "?" + query;
    }

    private static Map<String, List<String>> headersOf(Headers headers) {
        Map<String, List<String>> byName = new TreeMap<>();
        for (String name : headers.names()) {
            byName.put(name.toLowerCase(Locale.ROOT), List.copyOf(headers.values(name)));
        }
        return byName;
    }
}
