package dev.yardstick.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.yardstick.api.http.HttpRequest;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class FakeHttpServiceTest {
    private static final URI JOBS = URI.create("https://api.example.test/v1/jobs?page=1");

    @Test
    void answersInScriptOrderThenRepeatsTheLastAnswer() throws IOException {
        FakeHttpService http = new FakeHttpService()
                .on("GET", "https://api.example.test/v1/jobs", FakeHttpService.response(503, "busy", "Retry-After",
                        "1"), FakeHttpService.json(200, "{}"));

        assertEquals(503, http.send(HttpRequest.get(JOBS)).status());
        assertEquals(200, http.send(HttpRequest.get(JOBS)).status());
        assertEquals(200, http.send(HttpRequest.get(JOBS)).status());
        assertEquals(3, http.requests().size());
    }

    @Test
    void unmatchedRequestsGetA404AndAreListed() throws IOException {
        FakeHttpService http = new FakeHttpService().on("GET", "https://api.example.test/v1/jobs",
                FakeHttpService.json(200, "{}"));
        HttpRequest post = HttpRequest.post(JOBS, "{}", "application/json");

        assertEquals(404, http.send(post).status());
        assertEquals(List.of(post), http.unmatched());
    }

    @Test
    void aScriptedFailureIsThrown() {
        FakeHttpService http = new FakeHttpService().failing("GET", "https://api.example.test",
                new ConnectException("refused"));
        assertThrows(ConnectException.class, () -> http.send(HttpRequest.get(JOBS)));
    }
}
