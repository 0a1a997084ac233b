package io.engagementhub.sandbox.copernica;

/** The six statistics lists, by their path segment. */
public enum SimulatedEventType {
    CLICKS,
    IMPRESSIONS,
    DELIVERIES,
    ERRORS,
    UNSUBSCRIBES,
    ABUSES;

    /** The path segment: the name in lower case, e.g. {@code clicks}. */
    public String path() {
        return PathSegments.of(this);
    }
}
