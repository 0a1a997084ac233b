package io.engagementhub.adapter.copernica;

import io.engagementhub.domain.port.out.AccessDeniedException;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads Copernica answers: the paging envelope's {@code data}, and the {@code error.message} of failures. */
final class CopernicaResponses {

    private final String account;
    private final SecretMask mask;
    private final ObjectMapper json = ObjectMapper.getDefault();

    CopernicaResponses(String account, SecretMask mask) {
        this.account = account;
        this.mask = mask;
    }

    /** The {@code data} items; a body that is not an envelope is a transient, malformed answer. */
    List<JsonNode> data(String path, byte[] body) {
        JsonNode root = parse(body);
        if (root == null || !root.isObject()) {
            // HTML bodies and empty replies happen under load
            // (docs/providers/copernica.md#transient-failures-and-rate-limits).
            throw new TransientFailure("malformed", path + " answered something that is not a JSON object", true);
        }
        JsonNode error = root.get("error");
        if (error != null) {
            String message = text(error.get("message"));
            if (message != null && message.toLowerCase(java.util.Locale.ROOT).contains("access token")) {
                throw accessDenied(message);
            }
        }
        JsonNode data = root.get("data");
        if (data == null || !data.isArray()) {
            throw new TransientFailure("malformed", path + " answered JSON without a 'data' array", true);
        }
        List<JsonNode> items = new ArrayList<>(data.size());
        data.values().forEach(items::add);
        return items;
    }

    /** The {@code error.message} of an error body, or null when the body has none. */
    String errorMessage(String body) {
        JsonNode root = parse(body.getBytes(StandardCharsets.UTF_8));
        if (root == null || !root.isObject() || root.get("error") == null) {
            return null;
        }
        return text(root.get("error").get("message"));
    }

    AccessDeniedException accessDenied(String message) {
        return new AccessDeniedException("Copernica rejected the access token of account '" + account + "' ("
                + mask.mask(message) + "): create a new REST API token in the Copernica dashboard and configure it");
    }

    String raw(JsonNode node) {
        try {
            return mask.mask(json.writeValueAsString(node));
        } catch (IOException e) {
            return "<unprintable>";
        }
    }

    SecretMask mask() {
        return mask;
    }

    ObjectMapper mapper() {
        return json;
    }

    private JsonNode parse(byte[] body) {
        if (body.length == 0) {
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
