package io.engagementhub.sandbox.copernica;

import java.util.Arrays;
import java.util.Locale;

/** The path segments of the simulator's products and lists: each constant's name in lower case. */
final class PathSegments {

    private PathSegments() {}

    static String of(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT);
    }

    /** The one of {@code constants} whose segment is {@code segment}, or null for an unknown segment. */
    static <E extends Enum<E>> E find(E[] constants, String segment) {
        return Arrays.stream(constants)
                .filter(constant -> of(constant).equals(segment))
                .findFirst()
                .orElse(null);
    }
}
