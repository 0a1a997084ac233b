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
import java.util.regex.Pattern;

/** Reads {@code GET /events} parameters into an {@link EventQuery}; each mistake names its parameter. */
final class EventQueryParameters {

    /** Plain ASCII digits only: Java's parser would also take other scripts' digits (e.g. Arabic-Indic). */
    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,9}");

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

    /** An ISO-8601 time with offset, within {@link EventQuery#EARLIEST} and {@link EventQuery#LATEST}, or null if absent. */
    static Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Instant instant;
        try {
            instant = OffsetDateTime.parse(value.trim()).toInstant();
        } catch (DateTimeParseException e) {
            throw new BadRequestException(
                    name, "'" + value + "' is not an ISO-8601 date-time with offset, " + "e.g. 2026-03-01T10:00:00Z");
        }
        if (instant.isBefore(EventQuery.EARLIEST) || instant.isAfter(EventQuery.LATEST)) {
            throw new BadRequestException(name, "'" + value + "' is outside the years 0001 to 9999");
        }
        return instant;
    }

    private static int limit(String value) {
        return limit("limit", value, EventQuery.DEFAULT_LIMIT, EventQuery.MAX_LIMIT);
    }

    /** A whole number from 1 to {@code max} in ASCII digits, or {@code fallback} if absent. */
    static int limit(String name, String value, int fallback, int max) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        String trimmed = value.trim();
        if (DIGITS.matcher(trimmed).matches()) {
            int limit = Integer.parseInt(trimmed);
            if (limit >= 1 && limit <= max) {
                return limit;
            }
        }
        throw new BadRequestException(name, "'" + value + "' is not a number from 1 to " + max);
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
