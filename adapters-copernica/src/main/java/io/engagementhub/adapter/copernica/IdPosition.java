package io.engagementhub.adapter.copernica;

import io.engagementhub.domain.port.out.EngagementSourceException;
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

    /**
     * The position stored for {@code streamKey}.
     *
     * @throws EngagementSourceException naming the stream if the text is not an id position
     */
    static IdPosition decode(String streamKey, String text) {
        String[] parts = text.split(";", -1);
        try {
            if (parts.length == 3 && PREFIX.equals(parts[0])) {
                return new IdPosition(Long.parseLong(parts[1]), Instant.parse(parts[2]));
            }
        } catch (DateTimeParseException | NumberFormatException e) {
            // reported below
        }
        throw new EngagementSourceException(streamKey + ": the stored checkpoint '" + text + "' is not an id position");
    }
}
