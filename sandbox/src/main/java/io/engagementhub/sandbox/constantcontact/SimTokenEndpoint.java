package io.engagementhub.sandbox.constantcontact;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * {@code POST /oauth2/default/v1/token} with {@code grant_type=refresh_token}: client credentials
 * as HTTP Basic, parameters in the form body or the query string (staff examples use the query
 * string, third-party code the body: docs/providers/constantcontact.md#oauth-and-access-tokens).
 */
final class SimTokenEndpoint {

    static final String PATH = "/oauth2/default/v1/token";

    private final SimTokens tokens;
    private final String expectedBasic;

    SimTokenEndpoint(SimTokens tokens, String clientId, String clientSecret) {
        this.tokens = tokens;
        this.expectedBasic = "Basic "
                + Base64.getEncoder().encodeToString((clientId + ":" + clientSecret).getBytes(StandardCharsets.UTF_8));
    }

    void handle(SimRequest request) throws IOException {
        if (!request.method().equals("POST")) {
            request.json(405, oauthError("invalid_request", "use POST"));
            return;
        }
        if (!expectedBasic.equals(request.header("Authorization"))) {
            request.json(401, oauthError("invalid_client", "Client authentication failed."));
            return;
        }
        Map<String, List<String>> form = SimRequest.parse(body(request));
        String grant = first(form, "grant_type", request.param("grant_type"));
        String refresh = first(form, "refresh_token", request.param("refresh_token"));
        if (!"refresh_token".equals(grant)) {
            request.json(400, oauthError("unsupported_grant_type", "Only refresh_token is simulated."));
            return;
        }
        Map<String, Object> pair = tokens.refresh(refresh);
        if (pair == null) {
            // docs/providers/constantcontact.md#oauth-token-rotation: a superseded token gives invalid_grant
            request.json(400, oauthError("invalid_grant", "The refresh token is invalid or expired."));
            return;
        }
        request.json(200, pair);
    }

    private static String body(SimRequest request) throws IOException {
        try (InputStream in = request.exchange().getRequestBody()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String first(Map<String, List<String>> form, String name, String fallback) {
        List<String> values = form.get(name);
        return values == null || values.isEmpty() ? fallback : values.get(0);
    }

    // docs/providers/constantcontact.md#oauth-token-rotation: token-endpoint errors are {error, error_description}
    private static Map<String, Object> oauthError(String error, String description) {
        return Map.of("error", error, "error_description", description);
    }
}
