package io.engagementhub.domain.model;

/** Which of a campaign's counts a provider's total is: every event, or the distinct recipients. */
public enum Measure {
    /** Every event of the type. */
    TOTAL,
    /** The distinct recipients with an event of the type. */
    UNIQUE;

    /** The stored figure this measure compares with. */
    public long of(Count count) {
        return this == TOTAL ? count.total() : count.unique();
    }
}
