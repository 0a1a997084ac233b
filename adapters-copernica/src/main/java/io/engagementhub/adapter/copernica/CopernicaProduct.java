package io.engagementhub.adapter.copernica;

/** A Copernica product whose statistics an account syncs. */
public enum CopernicaProduct {
    /** Marketing Suite ({@code ms/...}). */
    MS("ms"),
    /** Publisher ({@code publisher/...}). */
    PUBLISHER("publisher");

    private final String path;

    CopernicaProduct(String path) {
        this.path = path;
    }

    /** The path segment and id part, e.g. {@code ms}. */
    public String path() {
        return path;
    }
}
