package io.engagementhub.sandbox.copernica;

import java.util.Arrays;
import java.util.Locale;

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
        return name().toLowerCase(Locale.ROOT);
    }

    /** The constant whose path segment is {@code segment}, or null for an unknown segment. */
    static SimulatedEventType fromPath(String segment) {
        return Arrays.stream(values())
                .filter(type -> type.path().equals(segment))
                .findFirst()
                .orElse(null);
    }
}
