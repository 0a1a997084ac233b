package io.engagementhub.sandbox.copernica;

/** The two Copernica products whose statistics the simulator serves, by their path segment. */
public enum SimulatedProduct {
    /** Marketing Suite: {@code ms/...}, time filter by {@code begintime}/{@code endtime}. */
    MS,
    /** Publisher: {@code publisher/...}, filters by {@code fields[]}. */
    PUBLISHER;

    /** The path segment: the name in lower case, e.g. {@code ms}. */
    public String path() {
        return PathSegments.of(this);
    }
}
