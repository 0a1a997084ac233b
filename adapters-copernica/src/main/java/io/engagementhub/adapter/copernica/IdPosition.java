package io.engagementhub.adapter.copernica;

import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * Checkpoint of a stream read by {@code fields[]=id>N}: the highest ID stored, and the time floor
 * of the initial look-back. Events appended while paging only get higher IDs, so they are read
 * later and never skipped.
 */
record IdPosition(long lastId, Instant floor) {

    private static final String PREFIX = "id";

    String encode() {
        return String.join(";", PREFIX, Long.toString(lastId), floor.toString());
    }

    /** The position, or null when the text is not an id position. */
    static IdPosition decode(String text) {
        String[] parts = text.split(";", -1);
        if (parts.length != 3 || !PREFIX.equals(parts[0])) {
            return null;
        }
        try {
            return new IdPosition(Long.parseLong(parts[1]), Instant.parse(parts[2]));
        } catch (DateTimeParseException | NumberFormatException e) {
            return null;
        }
    }
}
