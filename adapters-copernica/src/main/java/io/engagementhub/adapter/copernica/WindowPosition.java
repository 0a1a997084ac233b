package io.engagementhub.adapter.copernica;

import io.engagementhub.domain.port.out.EngagementSourceException;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * Checkpoint of a stream read by closed time windows: the window {@code [begin, end]}, how many of
 * its events were read ({@code offset}), and whether it was read to its end. A window's end lies in
 * the past when it is opened, so its content no longer grows; appends land at the end of the
 * ID-ordered list and cannot shift the offset of events not read yet.
 */
record WindowPosition(Instant begin, Instant end, int offset, boolean done) {

    private static final String PREFIX = "w";

    String encode() {
        return String.join(
                ";", PREFIX, begin.toString(), end.toString(), Integer.toString(offset), done ? "done" : "open");
    }

    WindowPosition advancedBy(int count) {
        return new WindowPosition(begin, end, offset + count, false);
    }

    WindowPosition finished() {
        return new WindowPosition(begin, end, offset, true);
    }

    /**
     * The position stored for {@code streamKey}.
     *
     * @throws EngagementSourceException naming the stream if the text is not a window position
     */
    static WindowPosition decode(String streamKey, String text) {
        String[] parts = text.split(";", -1);
        try {
            if (parts.length == 5 && PREFIX.equals(parts[0])) {
                return new WindowPosition(
                        Instant.parse(parts[1]),
                        Instant.parse(parts[2]),
                        Integer.parseInt(parts[3]),
                        "done".equals(parts[4]));
            }
        } catch (DateTimeParseException | IllegalArgumentException e) {
            // reported below
        }
        throw new EngagementSourceException(
                streamKey + ": the stored checkpoint '" + text + "' is not a time-window position");
    }
}
