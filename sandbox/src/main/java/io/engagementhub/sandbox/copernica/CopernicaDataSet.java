package io.engagementhub.sandbox.copernica;

import java.time.Instant;
import java.util.Objects;

/**
 * What the simulator is seeded with: {@code events} events spread at random over the twelve
 * lists, {@code campaigns} emailings per product, times between {@code from} and {@code to}.
 * The same data set with the same seed always gives the same events.
 */
public record CopernicaDataSet(int events, int campaigns, Instant from, Instant to, long seed) {

    /** Two weeks around the autumn 2024 DST change in Europe/Amsterdam (27 October, 03:00 → 02:00). */
    public static final Instant DEFAULT_FROM = Instant.parse("2024-10-20T00:00:00Z");

    public static final Instant DEFAULT_TO = Instant.parse("2024-11-03T00:00:00Z");

    public CopernicaDataSet {
        if (events < 0) {
            throw new IllegalArgumentException("events must not be negative, was " + events);
        }
        if (campaigns < 1) {
            throw new IllegalArgumentException("campaigns must be at least 1, was " + campaigns);
        }
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("from must be before to");
        }
    }

    /** {@code events} events over five campaigns per product in the default two weeks. */
    public static CopernicaDataSet of(int events, long seed) {
        return new CopernicaDataSet(events, 5, DEFAULT_FROM, DEFAULT_TO, seed);
    }
}
