package io.engagementhub.sandbox.copernica;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.engagementhub.sandbox.Json;
import io.engagementhub.sandbox.QueryString;
import io.engagementhub.sandbox.SandboxServer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;

/**
 * Answers REST v2 requests, the v3 Marketing Suite lists the reference documents (clicks and
 * unsubscribes), and REST v4 with its authentication service: checks the token (in the URL up to
 * v3, a bearer JWT on v4), routes the path, writes the JSON answer.
 */
record CopernicaHandler(
        CopernicaSimulatorSettings settings,
        RequestHooks hooks,
        ListEndpoint lists,
        EmailingStatistics statistics,
        JwtIssuer jwts,
        Usage usage)
        implements HttpHandler {

    static final String AUTHENTICATE = "/authenticate";

    /** What the simulated account has consumed: its answered API calls. */
    interface Usage {
        long apiCalls();
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        long number = hooks.next();
        CopernicaQuery query = CopernicaQuery.parse(exchange.getRequestURI().getRawQuery());
        String path = exchange.getRequestURI().getRawPath();
        Answer answer;
        if (path.equals(AUTHENTICATE)) {
            answer = authenticate(exchange);
        } else if (path.startsWith("/v4/")) {
            answer = v4(exchange, query, path.substring("/v4/".length()));
        } else {
            answer = v2OrV3(exchange, query, path);
        }
        hooks.run(number);
        SandboxServer.respond(exchange, answer.status(), answer.contentType(), answer.body());
    }

    /**
     * docs/providers/copernica.md#rest-v4-authentication: a form POST of the API token answers a
     * bare JWT; a wrong token is refused (the status is undocumented: 401 here).
     */
    private Answer authenticate(HttpExchange exchange) throws IOException {
        String token = null;
        try (InputStream in = exchange.getRequestBody()) {
            for (Map.Entry<String, String> pair :
                    QueryString.pairs(new String(in.readAllBytes(), StandardCharsets.UTF_8))) {
                if (pair.getKey().equals("access_token")) {
                    token = pair.getValue();
                }
            }
        }
        if (!"POST".equals(exchange.getRequestMethod())
                || exchange.getRequestURI().getRawQuery() != null) {
            return error(400, "Invalid method");
        }
        if (!settings.accessToken().equals(token)) {
            return new Answer(401, "text/plain", "invalid token");
        }
        return new Answer(200, "text/plain", jwts.issue(Instant.now()) + "\n");
    }

    private Answer v4(HttpExchange exchange, CopernicaQuery query, String route) {
        // docs/providers/copernica.md#rest-v4-authentication: v4 takes a bearer JWT, never the token in the URL.
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        String jwt = authorization != null && authorization.startsWith("Bearer ")
                ? authorization.substring("Bearer ".length())
                : null;
        if (query.get("access_token") != null || !jwts.accepts(jwt, Instant.now())) {
            return error(settings.jwt().refusalStatus(), "Invalid access token");
        }
        if (!"GET".equals(exchange.getRequestMethod())) {
            return error(400, "Invalid method");
        }
        if (route.equals("consumption")) {
            return consumption(query);
        }
        String[] segments = trimmed(route).split("/", -1);
        String product = productOf(segments[0]);
        if (product == null) {
            // docs/providers/copernica.md#rest-v4-path-names: which spelling answers is undocumented,
            // so a server of new names answers an old one 404, one of old names answers 400.
            return settings.v4Paths() == CopernicaSimulatorSettings.V4Paths.OLD_NAMES
                    ? error(400, "Invalid method")
                    : error(404, "Not found");
        }
        segments[0] = product;
        if (EmailingStatistics.isStatistics(segments)) {
            return statistics(segments, true);
        }
        Map<String, Object> envelope = lists.serve(segments, query, true);
        return envelope == null ? error(400, "Invalid method") : json(envelope);
    }

    /** The v2/v3 product segment a v4 path's first segment stands for, or null if this server does not answer it. */
    private String productOf(String first) {
        boolean newNames = settings.v4Paths() != CopernicaSimulatorSettings.V4Paths.OLD_NAMES;
        boolean oldNames = settings.v4Paths() != CopernicaSimulatorSettings.V4Paths.NEW_NAMES;
        return switch (first) {
            case "draganddrop" -> newNames ? "ms" : null;
            case "html" -> newNames ? "publisher" : null;
            case "ms", "publisher" -> oldNames ? first : null;
            default -> null;
        };
    }

    /** docs/providers/copernica.md#rest-v4-consumption: begin and end are required dates. */
    private Answer consumption(CopernicaQuery query) {
        if (query.get("begin") == null || query.get("end") == null) {
            return error(400, "Missing parameter");
        }
        return json(Map.of(
                "emails",
                0,
                "texts",
                0,
                "webpages",
                0,
                "apicalls",
                usage.apiCalls(),
                "litmustests",
                0,
                "twofiftyoktests",
                0));
    }

    private Answer v2OrV3(HttpExchange exchange, CopernicaQuery query, String path) {
        // docs/providers/copernica.md#authentication:
        // the token travels as access_token; a wrong or missing one is a 400.
        if (!settings.accessToken().equals(query.get("access_token"))) {
            return error(400, "Invalid access token");
        }
        int version = path.startsWith("/v2/") ? 2 : path.startsWith("/v3/") ? 3 : 0;
        if (!"GET".equals(exchange.getRequestMethod()) || version == 0) {
            return error(400, "Invalid method");
        }
        String[] segments = trimmed(path.substring("/v2/".length())).split("/", -1);
        if (!servedIn(version, segments)) {
            return error(400, "Invalid method");
        }
        if (EmailingStatistics.isStatistics(segments)) {
            return statistics(segments, false);
        }
        Map<String, Object> envelope = lists.serve(segments, query, version == 3);
        // docs/providers/copernica.md#errors: unknown paths (paths are case-sensitive) answer 400 "Invalid method".
        return envelope == null ? error(400, "Invalid method") : json(envelope);
    }

    /**
     * An emailing's statistics; an emailing the product does not have is answered as Copernica
     * answers an unknown id (docs/providers/copernica.md#errors).
     */
    private Answer statistics(String[] segments, boolean v4) {
        SimulatedProduct product = PathSegments.find(SimulatedProduct.values(), segments[0]);
        Map<String, Object> body = product == null ? null : statistics.of(product, segments[2], v4);
        return body == null ? error(400, "No entity with supplied ID") : json(body);
    }

    /**
     * The docs' own PHP examples end some paths with a slash, e.g. publisher/errors/
     * (docs/providers/copernica.md#documentation-quirks).
     */
    private static String trimmed(String route) {
        return route.endsWith("/") ? route.substring(0, route.length() - 1) : route;
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

    private static Answer json(Map<String, Object> body) {
        return new Answer(200, "application/json", Json.writeEscapingSlashes(body));
    }

    private static Answer error(int status, String message) {
        // docs/providers/copernica.md#errors: errors are {"error":{"message":...}} (HTTP 400 up to v3).
        return new Answer(status, "application/json", Json.write(Map.of("error", Map.of("message", message))));
    }

    private record Answer(int status, String contentType, String body) {}
}
