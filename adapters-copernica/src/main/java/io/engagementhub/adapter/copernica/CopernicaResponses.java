package io.engagementhub.adapter.copernica;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads Copernica answers: the paging envelope's {@code data}, and what a failed answer means as a
 * {@link CopernicaFailure} of an explicit kind (docs/providers/copernica.md#errors and
 * #transient-failures-and-rate-limits).
 */
final class CopernicaResponses {

    /** The one message by which Copernica says the token is wrong (400, docs/providers/copernica.md#errors). */
    static final String INVALID_TOKEN = "Invalid access token";

    private final String account;
    private final SecretMask mask;
    private final ObjectMapper json = ObjectMapper.getDefault();

    CopernicaResponses(String account, SecretMask mask) {
        this.account = account;
        this.mask = mask;
    }

    SecretMask mask() {
        return mask;
    }

    /** The {@code data} items; a body that is not an envelope is a transient, malformed answer. */
    List<JsonNode> data(String path, byte[] body) {
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
        JsonNode data = root.get("data");
        if (data == null || !data.isArray()) {
            throw CopernicaFailure.of(
                    CopernicaFailure.Kind.TRANSIENT, "malformed", path + " answered JSON without a 'data' array");
        }
        List<JsonNode> items = new ArrayList<>(data.size());
        data.values().forEach(items::add);
        return items;
    }

    /** What a non-200 answer means. */
    CopernicaFailure failure(String path, int status, byte[] body, HttpHeaders headers, Instant now) {
        Duration wait = headers.firstValue("Retry-After")
                .map(value -> retryAfter(value, now))
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
        return CopernicaFailure.of(
                CopernicaFailure.Kind.REFUSED,
                String.valueOf(status),
                "answered HTTP " + status + (message == null ? "" : " '" + mask.mask(message) + "'"));
    }

    /**
     * A {@code Retry-After} of seconds or an HTTP date (RFC 9110 section 10.2.3), or null if it is
     * neither; never negative.
     */
    static Duration retryAfter(String value, Instant now) {
        String text = value.trim();
        try {
            if (text.chars().allMatch(c -> c >= '0' && c <= '9') && !text.isEmpty() && text.length() < 10) {
                return Duration.ofSeconds(Long.parseLong(text));
            }
            Instant at = ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME)
                    .toInstant();
            return at.isAfter(now) ? Duration.between(now, at) : Duration.ZERO;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private CopernicaFailure accessDenied() {
        return CopernicaFailure.of(
                CopernicaFailure.Kind.ACCESS_DENIED,
                "access-denied",
                "Copernica rejected the access token of account '" + account + "' (" + INVALID_TOKEN
                        + "): create a new REST API token in the Copernica dashboard and configure it");
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
