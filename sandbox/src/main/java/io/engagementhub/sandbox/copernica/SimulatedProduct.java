package io.engagementhub.sandbox.copernica;

/** The two Copernica products whose statistics the simulator serves, by their path segment. */
public enum SimulatedProduct {
    /** Marketing Suite: {@code ms/...}, time filter by {@code begintime}/{@code endtime}. */
    MS("ms"),
    /** Publisher: {@code publisher/...}, filters by {@code fields[]}. */
    PUBLISHER("publisher");

    private final String path;

    SimulatedProduct(String path) {
        this.path = path;
    }

    /** The path segment, e.g. {@code ms}. */
    public String path() {
        return path;
    }

    static SimulatedProduct fromPath(String segment) {
        for (SimulatedProduct product : values()) {
            if (product.path.equals(segment)) {
                return product;
            }
        }
        return null;
    }
}
