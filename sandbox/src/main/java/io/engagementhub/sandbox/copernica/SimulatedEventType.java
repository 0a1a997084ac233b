package io.engagementhub.sandbox.copernica;

/** The six statistics lists, by their path segment. */
public enum SimulatedEventType {
    CLICKS("clicks"),
    IMPRESSIONS("impressions"),
    DELIVERIES("deliveries"),
    ERRORS("errors"),
    UNSUBSCRIBES("unsubscribes"),
    ABUSES("abuses");

    private final String path;

    SimulatedEventType(String path) {
        this.path = path;
    }

    /** The path segment, e.g. {@code clicks}. */
    public String path() {
        return path;
    }

    static SimulatedEventType fromPath(String segment) {
        for (SimulatedEventType type : values()) {
            if (type.path.equals(segment)) {
                return type;
            }
        }
        return null;
    }
}
