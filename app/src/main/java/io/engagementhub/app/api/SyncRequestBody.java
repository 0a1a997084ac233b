package io.engagementhub.app.api;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamReadException;
import io.engagementhub.domain.port.in.SyncAccountCommand;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.io.IOException;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * The optional body of {@code POST /accounts/{account}/syncs}: without one (or with {@code {}}) a
 * regular sync; with any field a targeted re-read of that range and/or campaign. Read by hand so
 * that each mistake names its field.
 *
 * @param from re-read events at or after this ISO-8601 time
 * @param to re-read events before this ISO-8601 time (default: now)
 * @param campaign re-read only this campaign: a Copernica mailing/emailing id, a Constant Contact
 *     campaign activity id
 */
@Serdeable
@Schema(name = "SyncRequest", description = "Optional: re-read only a time range and/or one campaign")
public record SyncRequestBody(
        @Nullable @Schema(example = "2026-03-01T00:00:00Z") String from,
        @Nullable @Schema(example = "2026-03-08T00:00:00Z") String to,
        @Nullable @Schema(example = "1002") String campaign) {

    private static final Set<String> FIELDS = Set.of("from", "to", "campaign");
    private static final JsonFactory STRICT = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    /**
     * The command for {@code account} that {@code body} asks for.
     *
     * @throws BadRequestException naming the field that is wrong (or {@code body} if it is no JSON
     *     object)
     */
    static SyncAccountCommand command(String account, String body, ObjectMapper json) {
        if (body == null || body.isBlank()) {
            return SyncAccountCommand.regular(account);
        }
        requireOneValueWithoutRepeatedFields(body);
        JsonNode node;
        try {
            node = json.readValue(body, JsonNode.class);
        } catch (IOException e) {
            throw BadRequestException.field("body", "is not JSON");
        }
        if (node == null || !node.isObject()) {
            throw BadRequestException.field("body", "must be a JSON object with optional 'from', 'to', 'campaign'");
        }
        for (Map.Entry<String, JsonNode> entry : node.entries()) {
            if (!FIELDS.contains(entry.getKey())) {
                throw BadRequestException.field(entry.getKey(), "unknown field (known: from, to, campaign)");
            }
        }
        String campaign = text(node, "campaign");
        if (campaign != null && campaign.isBlank()) {
            throw BadRequestException.field("campaign", "must not be blank");
        }
        return new SyncAccountCommand(account, instant(node, "from"), instant(node, "to"), campaign);
    }

    /**
     * Refuses a body that the tree reader would take in a way the client may not have meant: a field
     * given twice (the reader keeps the last) or anything after the JSON value (it stops reading).
     */
    private static void requireOneValueWithoutRepeatedFields(String body) {
        boolean valueRead = false;
        try (JsonParser parser = STRICT.createParser(body)) {
            if (parser.nextToken() != null) {
                parser.skipChildren();
                valueRead = true;
                if (parser.nextToken() != null) {
                    throw BadRequestException.field("body", "has more after its JSON value");
                }
            }
        } catch (StreamReadException e) {
            if (valueRead) {
                throw BadRequestException.field("body", "has more after its JSON value");
            }
            String message = e.getOriginalMessage();
            if (message != null && message.startsWith("Duplicate field") && e.getProcessor() != null) {
                throw BadRequestException.field(repeatedField(e.getProcessor()), "is given more than once");
            }
            throw BadRequestException.field("body", "is not JSON");
        } catch (IOException e) {
            throw BadRequestException.field("body", "is not JSON");
        }
    }

    private static String repeatedField(JsonParser parser) {
        try {
            return parser.currentName();
        } catch (IOException unreadable) {
            return "body";
        }
    }

    private static Instant instant(JsonNode node, String field) {
        try {
            return EventQueryParameters.instant(field, text(node, field));
        } catch (BadRequestException e) {
            throw e.asField();
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isString()) {
            throw BadRequestException.field(field, "must be a JSON string");
        }
        return value.getStringValue();
    }
}
