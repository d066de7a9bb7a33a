package dev.yardstick.sandbox.intake;

import dev.yardstick.sandbox.core.LoopbackHttp;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Posts payloads to the simulated intake the way a Datadog client does. */
final class IntakeClient {

    static final String KEY = "test-api-key";

    private final LoopbackHttp http = new LoopbackHttp();
    private final DatadogIntakeSimulator intake;

    IntakeClient(DatadogIntakeSimulator intake) {
        this.intake = intake;
    }

    HttpResponse<String> post(String path, byte[] body, String contentEncoding) throws IOException {
        return post(path, body, contentEncoding, KEY);
    }

    HttpResponse<String> post(String path, byte[] body, String contentEncoding, String apiKey) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(intake.uri(path))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentEncoding != null) {
            request.header("Content-Encoding", contentEncoding);
        }
        if (apiKey != null) {
            request.header(DatadogIntakeSimulator.API_KEY_HEADER, apiKey);
        }
        return http.send(request.build());
    }

    HttpResponse<String> get(String path, String apiKey) throws IOException {
        URI uri = intake.uri(path);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).GET();
        if (apiKey != null) {
            request.header(DatadogIntakeSimulator.API_KEY_HEADER, apiKey);
        }
        return http.send(request.build());
    }
}
