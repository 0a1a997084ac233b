package io.engagementhub.domain.model;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The deterministic identity of an event: the same provider event always gets the same id, so a
 * re-sync can never store it twice. Ids are unique within an account.
 *
 * <p>Adapters form ids with {@link #of(String...)} from parts that identify the event at the
 * provider, prefixed with the provider and the stream's event type:
 *
 * <ul>
 *   <li>Copernica: {@code copernica:<product>:<type>:<ID>}, e.g. {@code copernica:ms:clicks:4711}.
 *       Copernica numbers events per product and type, so its {@code ID} is unique only together
 *       with both.
 *   <li>Constant Contact: {@code constantcontact:<campaign_activity_id>:<report>:<digest>:<n>}. The
 *       reports carry no event id and minute-grained times, so the digest covers what identifies
 *       the event and cannot change later (contact, address, minute, link, device, bounce code; not
 *       names or deletion dates, which would make a re-scan store the event again) and {@code n} numbers
 *       otherwise identical events of that minute in the order the report lists them: two identical
 *       clicks are two events, and re-reading the same minute yields the same two ids again.
 * </ul>
 */
public record EventId(String value) {

    /** Ids longer than this are rejected: they are keys in an index. */
    public static final int MAX_LENGTH = 200;

    public EventId {
        Require.nonBlank(value, "event id");
        if (value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("event id longer than " + MAX_LENGTH + " characters: " + value);
        }
    }

    /** Joins non-blank parts with {@code ':'}; a part must not itself contain {@code ':'}. */
    public static EventId of(String... parts) {
        if (parts.length == 0) {
            throw new IllegalArgumentException("event id needs at least one part");
        }
        for (String part : parts) {
            Require.nonBlank(part, "event id part");
            if (part.indexOf(':') >= 0) {
                throw new IllegalArgumentException("event id part must not contain ':': " + part);
            }
        }
        return new EventId(Arrays.stream(parts).collect(Collectors.joining(":")));
    }

    @Override
    public String toString() {
        return value;
    }
}
