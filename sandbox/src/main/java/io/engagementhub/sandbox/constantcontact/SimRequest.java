package io.engagementhub.sandbox.constantcontact;

import com.sun.net.httpserver.HttpExchange;
import io.engagementhub.sandbox.Json;
import io.engagementhub.sandbox.QueryString;
import io.engagementhub.sandbox.SandboxServer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One request's path and query parameters, and the ways to answer it. */
final class SimRequest {

    private final HttpExchange exchange;
    private final Map<String, List<String>> query;

    SimRequest(HttpExchange exchange) {
        this.exchange = exchange;
        this.query = parse(exchange.getRequestURI().getRawQuery());
    }

    String path() {
        return exchange.getRequestURI().getRawPath();
    }

    String method() {
        return exchange.getRequestMethod();
    }

    String header(String name) {
        return exchange.getRequestHeaders().getFirst(name);
    }

    HttpExchange exchange() {
        return exchange;
    }

    String param(String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    List<String> params(String name) {
        return query.getOrDefault(name, List.of());
    }

    void json(int status, Object body) throws IOException {
        SandboxServer.respond(exchange, status, "application/json", Json.write(body));
    }

    /**
     * A general error: a JSON array of one {@code error_key}/{@code error_message}
     * (docs/providers/constantcontact.md#errors).
     */
    void error(int status, String key, String message) throws IOException {
        json(status, List.of(Map.of("error_key", key, "error_message", message)));
    }

    /**
     * A single {@code error_key}/{@code error_message} object, as 401 and 429 answers are
     * (docs/providers/constantcontact.md#errors).
     */
    void errorObject(int status, String key, String message) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error_key", key);
        body.put("error_message", message);
        json(status, body);
    }

    static Map<String, List<String>> parse(String raw) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        for (Map.Entry<String, String> pair : QueryString.pairs(raw)) {
            params.computeIfAbsent(pair.getKey(), k -> new ArrayList<>()).add(pair.getValue());
        }
        return params;
    }
}
