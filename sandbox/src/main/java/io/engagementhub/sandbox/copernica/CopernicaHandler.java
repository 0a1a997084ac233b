package io.engagementhub.sandbox.copernica;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.engagementhub.sandbox.Json;
import io.engagementhub.sandbox.SandboxServer;
import java.io.IOException;
import java.util.Map;

/**
 * Answers REST v2 requests, and the v3 Marketing Suite lists the reference documents (clicks and
 * unsubscribes): checks the token, routes the path, writes the JSON answer.
 */
record CopernicaHandler(CopernicaSimulatorOptions options, RequestHooks hooks, ListEndpoint lists)
        implements HttpHandler {

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        long number = hooks.next();
        CopernicaQuery query = CopernicaQuery.parse(exchange.getRequestURI().getRawQuery());
        Answer answer = answer(exchange, query);
        hooks.run(number);
        SandboxServer.respond(exchange, answer.status(), "application/json", answer.body());
    }

    private Answer answer(HttpExchange exchange, CopernicaQuery query) {
        // docs/providers/copernica.md#authentication:
        // the token travels as access_token; a wrong or missing one is a 400.
        if (!options.accessToken().equals(query.get("access_token"))) {
            return error("Invalid access token");
        }
        String path = exchange.getRequestURI().getRawPath();
        int version = path.startsWith("/v2/") ? 2 : path.startsWith("/v3/") ? 3 : 0;
        if (!"GET".equals(exchange.getRequestMethod()) || version == 0) {
            return error("Invalid method");
        }
        String route = path.substring("/v2/".length());
        // The docs' own PHP examples end some paths with a slash, e.g. publisher/errors/
        // (docs/providers/copernica.md#documentation-quirks).
        if (route.endsWith("/")) {
            route = route.substring(0, route.length() - 1);
        }
        String[] segments = route.split("/", -1);
        if (!servedIn(version, segments)) {
            return error("Invalid method");
        }
        Map<String, Object> envelope = lists.serve(segments, query, version == 3);
        // docs/providers/copernica.md#errors: unknown paths (paths are case-sensitive) answer 400 "Invalid method".
        return envelope == null ? error("Invalid method") : new Answer(200, Json.writeEscapingSlashes(envelope));
    }

    /**
     * Marketing Suite unsubscribes are documented for v3 only and a v2 account answers them "Invalid
     * method"; of v3 the simulator serves the Marketing Suite clicks and unsubscribes its reference
     * pages document (docs/providers/copernica.md#event-lists).
     */
    private static boolean servedIn(int version, String[] segments) {
        boolean msUnsubscribes = segments.length >= 2
                && "ms".equals(segments[0])
                && "unsubscribes".equals(segments[segments.length - 1]);
        if (version == 2) {
            return !msUnsubscribes;
        }
        return msUnsubscribes
                || (segments.length >= 2 && "ms".equals(segments[0]) && "clicks".equals(segments[segments.length - 1]));
    }

    private static Answer error(String message) {
        // docs/providers/copernica.md#errors: errors are HTTP 400 with {"error":{"message":...}}.
        return new Answer(400, Json.write(Map.of("error", Map.of("message", message))));
    }

    private record Answer(int status, String body) {}
}
