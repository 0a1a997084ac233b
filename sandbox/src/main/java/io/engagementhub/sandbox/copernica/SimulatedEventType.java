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

    /** The constant whose path segment is {@code segment}, or null for an unknown segment. */
    static SimulatedEventType fromPath(String segment) {
        return PathSegments.find(values(), segment);
    }
}
