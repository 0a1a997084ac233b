package io.engagementhub.domain.model;

import java.time.Duration;
import java.time.Instant;

/** The width of a timeline bucket; buckets start on whole UTC hours or UTC days. */
public enum TimeBucket {
    HOUR(Duration.ofHours(1)),
    DAY(Duration.ofDays(1));

    private final Duration width;

    TimeBucket(Duration width) {
        this.width = width;
    }

    /** How long one bucket lasts. */
    public Duration width() {
        return width;
    }

    /** The start of the bucket that holds {@code time}. */
    public Instant floor(Instant time) {
        long seconds = width.toSeconds();
        return Instant.ofEpochSecond(Math.floorDiv(time.getEpochSecond(), seconds) * seconds);
    }

    /** The start of the first bucket that begins at or after {@code time}. */
    public Instant ceiling(Instant time) {
        Instant floor = floor(time);
        return floor.equals(time) ? floor : floor.plus(width);
    }

    /** How many buckets cover {@code from} (inclusive) to {@code to} (exclusive). */
    public long count(Instant from, Instant to) {
        if (!from.isBefore(to)) {
            return 0;
        }
        long seconds = width.toSeconds();
        return Math.floorDiv(ceiling(to).getEpochSecond() - floor(from).getEpochSecond(), seconds);
    }
}
