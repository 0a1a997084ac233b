package io.engagementhub.app;

import io.micronaut.core.type.Argument;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.serde.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A test's (or a benchmark's) view of the service's HTTP API over the JDK client: JSON bodies read as maps. */
public final class ApiClient implements AutoCloseable {

    private static final Argument<Map<String, Object>> JSON = Argument.mapOf(String.class, Object.class);
    private static final ObjectMapper MAPPER = ObjectMapper.getDefault();

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI base;
    private final String token;

    /** One answer: status, content type, body text. */
    public record Response(int status, String contentType, String location, String body) {

        public Map<String, Object> json() {
            return read(body, JSON);
        }
    }

    public ApiClient(URL server, String token) {
        this.base = URI.create(server.toString());
        this.token = token;
    }

    public Response get(String path) {
        return send(request(path).GET());
    }

    /** A GET with extra headers (which replace the bearer token's if they name Authorization). */
    Response get(String path, Map<String, String> headers) {
        HttpRequest.Builder builder = headers.containsKey("Authorization")
                ? HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                : request(path);
        headers.forEach(builder::header);
        return send(builder.GET());
    }

    public Response post(String path) {
        return send(request(path).POST(HttpRequest.BodyPublishers.noBody()));
    }

    /** A POST with a JSON body. */
    public Response post(String path, String json) {
        return send(request(path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    Response delete(String path) {
        return send(request(path).DELETE());
    }

    /** Stops a test's client and its in-process service, each only if it was started. */
    static void stop(ApiClient api, EmbeddedServer server) {
        if (api != null) {
            api.close();
        }
        if (server != null) {
            server.getApplicationContext().close();
        }
    }

    /** Polls the run at {@code location} until it is no longer RUNNING, for at most two minutes. */
    Map<String, Object> awaitFinished(String location) {
        return awaitFinished(location, Duration.ofSeconds(120));
    }

    /** Every event {@code GET /api/v1/events?<query>} pages through, following each page's cursor. */
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> allEvents(String query) {
        List<Map<String, Object>> all = new ArrayList<>();
        String path = "/api/v1/events?limit=1000&" + query;
        for (int pages = 0; pages < 1_000; pages++) {
            Map<String, Object> page = read(ok(get(path)).body(), JSON);
            all.addAll((List<Map<String, Object>>) page.get("items"));
            Object next = page.get("next");
            if (next == null) {
                return all;
            }
            path = "/api/v1/events?limit=1000&" + query + "&cursor=" + next;
        }
        throw new AssertionError("more than 1000 pages of events for " + query);
    }

    /** Starts a sync of {@code account} and waits, at most {@code limit}, until its run is no longer RUNNING. */
    Map<String, Object> syncToTheEnd(String account, Duration limit) {
        return awaitFinished(post("/api/v1/accounts/" + account + "/syncs").location(), limit);
    }

    /**
     * Waits, at most {@code limit}, until the run at {@code location} is no longer RUNNING; a 503
     * (the database unavailable for a moment, e.g. just back from an outage) is asked again.
     */
    public Map<String, Object> awaitFinished(String location, Duration limit) {
        return Waiting.waitFor("sync " + location + " no longer RUNNING", limit, Duration.ofMillis(200))
                .until(
                        () -> runUnlessUnavailable(location),
                        run -> run != null && !"RUNNING".equals(run.get("status")));
    }

    /** The run at {@code location}, or null while the service answers 503. */
    private Map<String, Object> runUnlessUnavailable(String location) {
        Response response = get(location);
        return response.status() == 503 ? null : response.json();
    }

    List<Map<String, Object>> getList(String path) {
        return read(ok(get(path)).body(), Argument.listOf(JSON));
    }

    String getText(String path) {
        return ok(get(path)).body();
    }

    private static Response ok(Response response) {
        if (response.status() != 200) {
            throw new AssertionError("expected 200 but got " + response.status() + ": " + response.body());
        }
        return response;
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30));
        return token == null ? builder : builder.header("Authorization", "Bearer " + token);
    }

    private Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Location").orElse(null),
                    response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static <T> T read(String body, Argument<T> type) {
        try {
            return MAPPER.readValue(body, type);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + body, e);
        }
    }

    @Override
    public void close() {
        // the JDK client of Java 17 has nothing to close
    }
}
