package io.engagementhub.app;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import java.net.URL;
import java.util.List;
import java.util.Map;

/** A test's view of the service's HTTP API: JSON in and out as maps, errors as responses. */
final class ApiClient implements AutoCloseable {

    private static final Argument<Map<String, Object>> JSON = Argument.mapOf(String.class, Object.class);

    private final HttpClient client;
    private final BlockingHttpClient http;
    private final String token;

    ApiClient(URL server, String token) {
        this.client = HttpClient.create(server);
        this.http = client.toBlocking();
        this.token = token;
    }

    HttpResponse<Map<String, Object>> get(String path) {
        return exchange(HttpRequest.GET(path));
    }

    HttpResponse<Map<String, Object>> post(String path) {
        return exchange(HttpRequest.POST(path, Map.of()));
    }

    HttpResponse<Map<String, Object>> delete(String path) {
        return exchange(HttpRequest.DELETE(path));
    }

    List<Map<String, Object>> getList(String path) {
        return http.retrieve(authorized(HttpRequest.GET(path)), Argument.listOf(JSON));
    }

    String getText(String path) {
        return http.retrieve(authorized(HttpRequest.GET(path)), String.class);
    }

    @SuppressWarnings("unchecked")
    private HttpResponse<Map<String, Object>> exchange(MutableHttpRequest<?> request) {
        try {
            return http.exchange(authorized(request), JSON, JSON);
        } catch (HttpClientResponseException e) {
            return (HttpResponse<Map<String, Object>>) e.getResponse();
        }
    }

    private MutableHttpRequest<?> authorized(MutableHttpRequest<?> request) {
        return token == null ? request : request.bearerAuth(token);
    }

    /** The problem body of an error response. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> problem(HttpResponse<?> response) {
        return response.getBody(JSON).orElseThrow();
    }

    @Override
    public void close() {
        client.close();
    }
}
