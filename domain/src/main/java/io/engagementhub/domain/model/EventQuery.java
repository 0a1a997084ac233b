package io.engagementhub.domain.model;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Which events to list. Every filter is optional: null (or an empty type set) means "any". Results
 * are ordered by {@code occurredAt}, then event id, then account, ascending.
 *
 * @param account only this account's events
 * @param types only events of these types
 * @param campaignId only this campaign's events
 * @param recipientId only this recipient's events (provider recipient id)
 * @param email only events of this address (compared case-insensitively)
 * @param from only events at or after this time
 * @param to only events before this time
 * @param limit at most this many events, 1 to {@link #MAX_LIMIT}
 * @param after only events after this position (the previous page's cursor)
 * @param machine only events flagged as a machine's (true) or only the others (false); null: both
 */
public record EventQuery(
        String account,
        Set<EngagementType> types,
        String campaignId,
        String recipientId,
        String email,
        Instant from,
        Instant to,
        int limit,
        EventCursor after,
        Boolean machine) {

    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 1000;

    /** The earliest time both databases store: the start of year 1. */
    public static final Instant EARLIEST =
            OffsetDateTime.of(1, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC).toInstant();

    /** The latest time both databases store, to the microsecond: the end of year 9999. */
    public static final Instant LATEST = OffsetDateTime.of(9999, 12, 31, 23, 59, 59, 999_999_000, ZoneOffset.UTC)
            .toInstant();

    public EventQuery {
        Require.nullOrNonBlank(account, "account");
        types = types == null ? Set.of() : Set.copyOf(types);
        Require.nullOrNonBlank(campaignId, "campaign");
        Require.nullOrNonBlank(recipientId, "recipient");
        email = email == null ? null : Require.nonBlank(email, "email").trim().toLowerCase(Locale.ROOT);
        Require.between(limit, 1, MAX_LIMIT, "limit");
        if (from != null && to != null && !from.isBefore(to)) {
            throw new IllegalArgumentException("from must be before to");
        }
    }

    /** All events, first page, default limit. */
    public static EventQuery all() {
        return new EventQuery(null, Set.of(), null, null, null, null, null, DEFAULT_LIMIT, null, null);
    }

    public EventQuery withAccount(String value) {
        return new EventQuery(value, types, campaignId, recipientId, email, from, to, limit, after, machine);
    }

    public EventQuery withTypes(Set<EngagementType> value) {
        return new EventQuery(account, value, campaignId, recipientId, email, from, to, limit, after, machine);
    }

    public EventQuery withCampaign(String value) {
        return new EventQuery(account, types, value, recipientId, email, from, to, limit, after, machine);
    }

    public EventQuery withRecipient(String value) {
        return new EventQuery(account, types, campaignId, value, email, from, to, limit, after, machine);
    }

    public EventQuery withEmail(String value) {
        return new EventQuery(account, types, campaignId, recipientId, value, from, to, limit, after, machine);
    }

    public EventQuery between(Instant fromInclusive, Instant toExclusive) {
        return new EventQuery(
                account, types, campaignId, recipientId, email, fromInclusive, toExclusive, limit, after, machine);
    }

    public EventQuery withLimit(int value) {
        return new EventQuery(account, types, campaignId, recipientId, email, from, to, value, after, machine);
    }

    public EventQuery after(EventCursor value) {
        return new EventQuery(account, types, campaignId, recipientId, email, from, to, limit, value, machine);
    }

    public EventQuery withMachine(Boolean value) {
        return new EventQuery(account, types, campaignId, recipientId, email, from, to, limit, after, value);
    }

    /** Whether {@code event} passes every filter of this query (the cursor included). */
    public boolean matches(EngagementEvent event) {
        return (account == null || account.equals(event.account()))
                && (types.isEmpty() || types.contains(event.type()))
                && (campaignId == null || campaignId.equals(event.campaignId()))
                && (recipientId == null || recipientId.equals(event.recipient().id()))
                && (email == null || Objects.equals(email, event.recipient().email()))
                && (from == null || !event.occurredAt().isBefore(from))
                && (to == null || event.occurredAt().isBefore(to))
                && (after == null || after.precedes(event))
                && (machine == null || machine == event.machine().flagged());
    }
}
