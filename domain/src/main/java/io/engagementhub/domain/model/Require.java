package io.engagementhub.domain.model;

import java.util.Objects;

/** Argument checks shared by the domain's records; each failure names the offending argument. */
public final class Require {

    private Require() {}

    /** Returns {@code value} if it is non-null and has a non-whitespace character. */
    public static String nonBlank(String value, String name) {
        Objects.requireNonNull(value, name + " must not be null");
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return value;
    }

    /** Returns {@code value} if it is null or non-blank: optional text is absent, never empty. */
    public static String nullOrNonBlank(String value, String name) {
        if (value != null && value.isBlank()) {
            throw new IllegalArgumentException(name + " must be absent (null) or non-blank");
        }
        return value;
    }

    /** Returns {@code value} if it is not negative. */
    public static long notNegative(long value, String name) {
        if (value < 0) {
            throw new IllegalArgumentException(name + " must not be negative, was " + value);
        }
        return value;
    }

    /** Returns {@code value} if it is from {@code min} to {@code max}, both included. */
    public static int between(int value, int min, int max, String name) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(name + " must be between " + min + " and " + max + ", was " + value);
        }
        return value;
    }
}
