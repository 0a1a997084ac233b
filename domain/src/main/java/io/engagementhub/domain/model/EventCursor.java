package io.engagementhub.domain.model;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;

/**
 * The keyset position after the last event of a page: events are ordered by {@code occurredAt},
 * then event id, then account, and the next page starts strictly after this position. It travels
 * as an opaque URL-safe string ({@link #encode()}); stores must never page with an offset.
 */
public record EventCursor(Instant occurredAt, String eventId, String account) {

    private static final String SEPARATOR = "\n";

    public EventCursor {
        Objects.requireNonNull(occurredAt, "cursor time must not be null");
        Require.nonBlank(eventId, "cursor event id");
        Require.nonBlank(account, "cursor account");
    }

    /** The position right after {@code event}. */
    public static EventCursor after(EngagementEvent event) {
        return new EventCursor(event.occurredAt(), event.id().value(), event.account());
    }

    /** The opaque form handed to clients. */
    public String encode() {
        String plain = occurredAt + SEPARATOR + eventId + SEPARATOR + account;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Reads a cursor from its opaque form.
     *
     * @throws IllegalArgumentException if {@code encoded} is not a cursor this service issued
     */
    public static EventCursor decode(String encoded) {
        try {
            String plain = new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8);
            String[] parts = plain.split(SEPARATOR, -1);
            if (parts.length != 3) {
                throw new IllegalArgumentException("wrong number of parts");
            }
            return new EventCursor(
                    CursorValues.time(Instant.parse(parts[0])),
                    CursorValues.text(parts[1]),
                    CursorValues.text(parts[2]));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("cursor is not one this service issued", e);
        }
    }

    /** Whether {@code event} comes after this position in the event order. */
    public boolean precedes(EngagementEvent event) {
        int byTime = event.occurredAt().compareTo(occurredAt);
        if (byTime != 0) {
            return byTime > 0;
        }
        int byId = event.id().value().compareTo(eventId);
        if (byId != 0) {
            return byId > 0;
        }
        return event.account().compareTo(account) > 0;
    }
}
