package io.engagementhub.app.api;

import io.engagementhub.domain.model.EngagementType;
import io.engagementhub.domain.model.EventCursor;
import io.engagementhub.domain.model.EventQuery;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Reads {@code GET /events} parameters into an {@link EventQuery}; each mistake names its parameter. */
final class EventQueryParameters {

    private EventQueryParameters() {}

    record Raw(
            String account,
            List<String> type,
            String campaign,
            String recipient,
            String email,
            String from,
            String to,
            String limit,
            String cursor) {}

    static EventQuery parse(Raw raw) {
        Instant from = instant("from", raw.from());
        Instant to = instant("to", raw.to());
        if (from != null && to != null && !from.isBefore(to)) {
            throw new BadRequestException("to", "must be after 'from' (" + from + ")");
        }
        EventQuery query = EventQuery.all()
                .withAccount(blankToNull(raw.account()))
                .withTypes(types(raw.type()))
                .withCampaign(blankToNull(raw.campaign()))
                .withRecipient(blankToNull(raw.recipient()))
                .withEmail(blankToNull(raw.email()))
                .between(from, to)
                .withLimit(limit(raw.limit()));
        return raw.cursor() == null || raw.cursor().isBlank() ? query : query.after(cursor(raw.cursor()));
    }

    private static Set<EngagementType> types(List<String> values) {
        Set<EngagementType> types = EnumSet.noneOf(EngagementType.class);
        if (values == null) {
            return types;
        }
        for (String value : values) {
            for (String name : value.split(",")) {
                if (name.isBlank()) {
                    continue;
                }
                try {
                    types.add(EngagementType.valueOf(name.trim().toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    throw new BadRequestException(
                            "type",
                            "unknown type '" + name.trim() + "' (known: " + EnumSet.allOf(EngagementType.class) + ")");
                }
            }
        }
        return types;
    }

    private static Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.trim()).toInstant();
        } catch (DateTimeParseException e) {
            throw new BadRequestException(
                    name, "'" + value + "' is not an ISO-8601 date-time with offset, " + "e.g. 2026-03-01T10:00:00Z");
        }
    }

    private static int limit(String value) {
        if (value == null || value.isBlank()) {
            return EventQuery.DEFAULT_LIMIT;
        }
        try {
            int limit = Integer.parseInt(value.trim());
            if (limit >= 1 && limit <= EventQuery.MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new BadRequestException("limit", "'" + value + "' is not a number from 1 to " + EventQuery.MAX_LIMIT);
    }

    private static EventCursor cursor(String value) {
        try {
            return EventCursor.decode(value.trim());
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("cursor", e.getMessage());
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
