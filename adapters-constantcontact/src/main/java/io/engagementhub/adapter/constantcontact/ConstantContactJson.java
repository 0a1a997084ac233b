package io.engagementhub.adapter.constantcontact;

import io.micronaut.serde.ObjectMapper;
import java.io.IOException;
import java.util.List;

/**
 * Reads the wire records with Micronaut Serialization. An empty or unreadable body is a transient
 * failure (ADR 0007): it is retried like a 5xx.
 */
final class ConstantContactJson {

    private final ObjectMapper mapper;

    ConstantContactJson(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** A reader on the default serde mapper; needs no application context of the caller. */
    static ConstantContactJson standard() {
        return new ConstantContactJson(ObjectMapper.getDefault());
    }

    <T> T read(String body, Class<T> type, String what) {
        T value;
        try {
            value = mapper.readValue(body, type);
        } catch (IOException | RuntimeException e) {
            throw ConstantContactFailure.of(
                    ConstantContactFailure.Kind.TRANSIENT,
                    "malformed",
                    "Constant Contact answered unreadable JSON for " + what + " ("
                            + e.getClass().getSimpleName() + ")");
        }
        if (value == null) {
            throw ConstantContactFailure.of(
                    ConstantContactFailure.Kind.TRANSIENT,
                    "malformed",
                    "Constant Contact answered an empty body for " + what);
        }
        return value;
    }

    /** The error of an error answer, a single object or the first of an array; empty when unreadable. */
    ConstantContactErrorBody error(String body) {
        String text = body == null ? "" : body.trim();
        try {
            if (text.startsWith("[")) {
                List<?> list = mapper.readValue(text, List.class);
                text = list.isEmpty() ? "{}" : new String(mapper.writeValueAsBytes(list.get(0)));
            }
            if (text.startsWith("{")) {
                ConstantContactErrorBody error = mapper.readValue(text, ConstantContactErrorBody.class);
                if (error != null) {
                    return error;
                }
            }
        } catch (IOException | RuntimeException e) {
            // not JSON (a gateway page): no error details
        }
        return new ConstantContactErrorBody(null, null, null, null);
    }
}
