package io.engagementhub.domain.model;

import java.time.Instant;

/**
 * What a cursor this service issued can hold, checked when one is read back: a time both databases
 * store (years 1 to 9999) and text without control characters, as every stored id is. A forged
 * cursor holding anything else is refused before it reaches a database, which would fail on it.
 */
final class CursorValues {

    private CursorValues() {}

    static Instant time(Instant time) {
        if (time.isBefore(EventQuery.EARLIEST) || time.isAfter(EventQuery.LATEST)) {
            throw new IllegalArgumentException("time outside the years 0001 to 9999");
        }
        return time;
    }

    static String text(String text) {
        if (text.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("a control character");
        }
        return text;
    }
}
