package io.engagementhub.adapter.copernica;

import java.util.Locale;

/** A Copernica product whose statistics an account syncs. */
public enum CopernicaProduct {
    /** Marketing Suite ({@code ms/...}). */
    MS,
    /** Publisher ({@code publisher/...}). */
    PUBLISHER;

    /** The path segment and id part: the name in lower case, e.g. {@code ms}. */
    public String path() {
        return name().toLowerCase(Locale.ROOT);
    }
}
