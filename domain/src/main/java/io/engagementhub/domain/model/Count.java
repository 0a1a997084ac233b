package io.engagementhub.domain.model;

/**
 * A number of events and the number of distinct recipients among them.
 *
 * @param total events
 * @param unique distinct recipients
 */
public record Count(long total, long unique) {

    public static final Count ZERO = new Count(0, 0);

    public Count {
        Require.notNegative(total, "total");
        Require.notNegative(unique, "unique");
        if (unique > total) {
            throw new IllegalArgumentException("unique (" + unique + ") exceeds total (" + total + ")");
        }
    }
}
