import dev.yardstick.sandbox.core.ReceivedRequest;
import dev.yardstick.sandbox.core.SimulatedApi;
import dev.yardstick.sandbox.core.SimulatedResponse;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Measures a simulator's answer time on one reused (keep-alive) connection: the cost the demo pays per request.
 * Usage: java -cp <sandbox jar and its lib> KeepAliveProbe [requests]
 */
public final class KeepAliveProbe {
    public static void main(String[] args) throws Exception {
        int requests = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        String body = "x".repeat(8_000);
        try (SimulatedApi api = new SimulatedApi("probe", Clock.systemUTC()) {
            @Override
            protected SimulatedResponse handle(ReceivedRequest request) {
                return SimulatedResponse.json(200, java.util.Map.of("data", body));
            }
        }) {
            api.start();
            OkHttpClient client = new OkHttpClient.Builder().connectionPool(new okhttp3.ConnectionPool(1, 1,
                    TimeUnit.MINUTES)).build();
            for (int i = 0; i < 5; i++) {
                call(client, api);
            }
            long start = System.nanoTime();
            for (int i = 0; i < requests; i++) {
                call(client, api);
            }
            double perRequest = (System.nanoTime() - start) / 1e6 / requests;
            System.out.printf(java.util.Locale.ROOT, "%d requests on one connection: %.2f ms each%n", requests,
                    perRequest);
            client.connectionPool().evictAll();
        }
    }

    private static void call(OkHttpClient client, SimulatedApi api) throws Exception {
        try (Response response = client.newCall(new Request.Builder().url(api.uri("/probe").toURL()).build())
                .execute()) {
            response.body().bytes();
        }
    }
}
