package io.engagementhub.adapter.copernica;

import io.engagementhub.adapter.http.ProviderHttp;
import io.engagementhub.adapter.http.RetryAfter;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.ObjectMapper;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads Copernica answers: the paging envelope's {@code data}, and what a failed answer means as a
 * {@link CopernicaFailure} of an explicit kind (docs/providers/copernica.md#errors and
 * #transient-failures-and-rate-limits).
 */
final class CopernicaResponses {

    /** The one message by which Copernica says the token is wrong (400, docs/providers/copernica.md#errors). */
    static final String INVALID_TOKEN = "Invalid access token";

    /** The one message by which Copernica says a path does not exist (docs/providers/copernica.md#errors). */
    static final String INVALID_METHOD = "Invalid method";

    /**
     * How Copernica says an id names nothing, e.g. {@code No entity with supplied ID}
     * (docs/providers/copernica.md#errors).
     */
    private static final Pattern NO_SUCH_ENTITY = Pattern.compile("(?i)no \\w+ with supplied id");

    /**
     * On v4, which documents no authentication errors, a 400 whose message says this much may mean
     * an expired JWT (docs/providers/copernica.md#rest-v4-authentication).
     */
    private static final Pattern V4_AUTH_MESSAGE = Pattern.compile("token|access|auth|expired");

    private final String account;
    private final SecretMask mask;
    private final boolean v4;
    private final ObjectMapper json = ObjectMapper.getDefault();

    CopernicaResponses(String account, SecretMask mask, boolean v4) {
        this.account = account;
        this.mask = mask;
        this.v4 = v4;
    }

    /** The {@code data} items; a body that is not an envelope is a transient, malformed answer. */
    List<JsonNode> data(String path, byte[] body) {
        JsonNode data = object(path, body).get("data");
        if (data == null || !data.isArray()) {
            throw CopernicaFailure.of(
                    CopernicaFailure.Kind.TRANSIENT, "malformed", path + " answered JSON without a 'data' array");
        }
        List<JsonNode> items = new ArrayList<>(data.size());
        data.values().forEach(items::add);
        return items;
    }

    /**
     * A JSON object answer; anything else is a transient, malformed answer, and a 200 carrying the
     * invalid-token error is an access denial.
     */
    JsonNode object(String path, byte[] body) {
        JsonNode root = parse(body);
        if (root == null || !root.isObject()) {
            // HTML bodies and empty or truncated replies happen under load
            // (docs/providers/copernica.md#transient-failures-and-rate-limits).
            throw CopernicaFailure.of(
                    CopernicaFailure.Kind.TRANSIENT,
                    "malformed",
                    path + " answered something that is not a JSON object");
        }
        if (INVALID_TOKEN.equalsIgnoreCase(errorMessage(root))) {
            throw accessDenied();
        }
        return root;
    }

    /** What a non-200 answer means. */
    CopernicaFailure failure(String path, ProviderHttp.Reply reply, Instant now) {
        int status = reply.status();
        byte[] body = reply.body();
        Duration wait = reply.header("Retry-After")
                .map(value -> RetryAfter.parse(value, now))
                .orElse(null);
        if (status == 429) {
            return new CopernicaFailure(
                    CopernicaFailure.Kind.THROTTLED, "throttled", "HTTP 429 Too Many Requests", wait);
        }
        if (status >= 500) {
            // 502/503/504 with an HTML "Loadbalancer Error" page are transient
            // (docs/providers/copernica.md#transient-failures-and-rate-limits); a 503 may say when to come back.
            return new CopernicaFailure(
                    CopernicaFailure.Kind.TRANSIENT,
                    String.valueOf(status),
                    "HTTP " + status,
                    status == 503 ? wait : null);
        }
        JsonNode root = parse(body);
        String message = root == null ? null : errorMessage(root);
        if (status == 400 && INVALID_TOKEN.equalsIgnoreCase(message)) {
            return accessDenied();
        }
        if (v4 && (status == 401 || status == 403 || (status == 400 && mentionsAuthentication(message)))) {
            return accessDenied();
        }
        if (status == 404 || (status == 400 && INVALID_METHOD.equalsIgnoreCase(message))) {
            // docs/providers/copernica.md#rest-v4-path-names: another name of the path may answer
            return CopernicaFailure.of(
                    CopernicaFailure.Kind.NO_SUCH_PATH,
                    String.valueOf(status),
                    "answered HTTP " + status + (message == null ? "" : " '" + mask.mask(message) + "'"));
        }
        if (status == 400 && message != null && NO_SUCH_ENTITY.matcher(message).find()) {
            return CopernicaFailure.of(
                    CopernicaFailure.Kind.NO_SUCH_ENTITY, "400", "answered HTTP 400 '" + mask.mask(message) + "'");
        }
        return CopernicaFailure.of(
                CopernicaFailure.Kind.REFUSED,
                String.valueOf(status),
                "answered HTTP " + status + (message == null ? "" : " '" + mask.mask(message) + "'"));
    }

    private static boolean mentionsAuthentication(String message) {
        return message != null
                && V4_AUTH_MESSAGE.matcher(message.toLowerCase(Locale.ROOT)).find();
    }

    private CopernicaFailure accessDenied() {
        return CopernicaFailure.of(
                CopernicaFailure.Kind.ACCESS_DENIED,
                "access-denied",
                "Copernica rejected the " + (v4 ? "JWT obtained with the API token" : "access token") + " of account '"
                        + account + "' (" + INVALID_TOKEN + " or a refusal like it): create a new REST API token"
                        + " in the Copernica dashboard and configure it");
    }

    private static String errorMessage(JsonNode root) {
        JsonNode error = root.isObject() ? root.get("error") : null;
        return error == null || !error.isObject() ? null : text(error.get("message"));
    }

    private JsonNode parse(byte[] body) {
        if (body == null || body.length == 0) {
            return null;
        }
        try {
            return json.readValue(body, JsonNode.class);
        } catch (IOException e) {
            return null;
        }
    }

    static String text(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isString()) {
            return node.getStringValue();
        }
        return node.isNumber() ? node.getNumberValue().toString() : null;
    }
}
