package dev.yardstick.testkit;

import static java.util.Objects.requireNonNull;

import dev.yardstick.api.http.HttpRequest;
import dev.yardstick.api.http.HttpResponse;
import dev.yardstick.api.http.HttpService;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * An {@link HttpService} with scripted answers, for plugin unit tests that need no simulated server and no
 * runtime. Each route matches requests (by method and URL prefix, or any predicate) and answers them in script
 * order, repeating its last answer once the script is used up; an answer may also be an {@link IOException}.
 * A request no route matches gets a 404 whose body names it, and is listed by {@link #unmatched()}. Every request
 * is recorded. Thread-safe. It does not retry, cache or rate-limit: those are the runtime's, tested there.
 *
 * <pre>{@code
 * FakeHttpService http = new FakeHttpService()
 *         .on("GET", "https://api.example.test/v1/jobs", FakeHttpService.json(200, "{\"jobs\": []}"));
 * FakeCollectorContext context = FakeCollectorContext.builder().http(http).build();
 * }</pre>
 */
public final class FakeHttpService implements HttpService {
    private record Route(Predicate<HttpRequest> matcher, Deque<Object> answers) {
    }

    private final List<Route> routes = new ArrayList<>();
    private final List<HttpRequest> requests = new ArrayList<>();
    private final List<HttpRequest> unmatched = new ArrayList<>();

    /**
     * Adds a route for a method and every URL starting with a prefix.
     *
     * @param method the HTTP method, e.g. {@code GET}
     * @param urlPrefix the start of the absolute URL, query included if given
     * @param answers the responses, in order; the last one repeats
     * @return this service
     */
    public FakeHttpService on(String method, String urlPrefix, HttpResponse... answers) {
        requireNonNull(method, "method is null");
        requireNonNull(urlPrefix, "urlPrefix is null");
        return on(request -> request.method().equalsIgnoreCase(method)
                && request.uri().toString().startsWith(urlPrefix), (Object[]) answers);
    }

    /**
     * Adds a route whose matching request fails with an I/O error (then repeats the failure).
     *
     * @param method the HTTP method
     * @param urlPrefix the start of the absolute URL
     * @param failure the error {@link #send} throws
     * @return this service
     */
    public FakeHttpService failing(String method, String urlPrefix, IOException failure) {
        return on(request -> request.method().equalsIgnoreCase(method)
                && request.uri().toString().startsWith(urlPrefix), failure);
    }

    /**
     * Adds a route for any predicate; earlier routes win.
     *
     * @param matcher which requests the route answers
     * @param answers {@link HttpResponse}s or {@link IOException}s, in order; the last one repeats
     * @return this service
     */
    public synchronized FakeHttpService on(Predicate<HttpRequest> matcher, Object... answers) {
        requireNonNull(matcher, "matcher is null");
        if (answers.length == 0) {
            throw new IllegalArgumentException("a route needs at least one answer");
        }
        for (Object answer : answers) {
            if (!(answer instanceof HttpResponse) && !(answer instanceof IOException)) {
                throw new IllegalArgumentException("an answer is an HttpResponse or an IOException: " + answer);
            }
        }
        routes.add(new Route(matcher, new ArrayDeque<>(List.of(answers))));
        return this;
    }

    @Override
    public HttpResponse send(HttpRequest request) throws IOException {
        requireNonNull(request, "request is null");
        Object answer;
        synchronized (this) {
            requests.add(request);
            answer = routes.stream().filter(route -> route.matcher().test(request)).findFirst()
                    .map(route -> route.answers().size() > 1 ? route.answers().poll() : route.answers().peek())
                    .orElse(null);
            if (answer == null) {
                unmatched.add(request);
                return new HttpResponse(404, Map.of(), "no scripted answer for " + request.method() + " "
                        + request.uri(), false);
            }
        }
        if (answer instanceof IOException) {
            throw (IOException) answer;
        }
        return (HttpResponse) answer;
    }

    /**
     * Returns every request received, in order.
     *
     * @return the requests
     */
    public synchronized List<HttpRequest> requests() {
        return List.copyOf(requests);
    }

    /**
     * Returns the requests no route matched.
     *
     * @return the requests answered with 404
     */
    public synchronized List<HttpRequest> unmatched() {
        return List.copyOf(unmatched);
    }

    /**
     * Builds a JSON response.
     *
     * @param status the status code
     * @param body the JSON text
     * @return the response, with {@code Content-Type: application/json}
     */
    public static HttpResponse json(int status, String body) {
        return new HttpResponse(status, Map.of("Content-Type", List.of("application/json")), body, false);
    }

    /**
     * Builds a response with headers.
     *
     * @param status the status code
     * @param body the body
     * @param headers header names and values, alternating
     * @return the response
     */
    public static HttpResponse response(int status, String body, String... headers) {
        if (headers.length % 2 != 0) {
            throw new IllegalArgumentException("headers need name/value pairs");
        }
        Map<String, List<String>> map = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (int i = 0; i < headers.length; i += 2) {
            map.computeIfAbsent(headers[i], name -> new ArrayList<>()).add(headers[i + 1]);
        }
        return new HttpResponse(status, map, body, false);
    }
}
