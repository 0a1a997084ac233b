package io.engagementhub.app.api;

/** Checks of path segments that the router hands over as they came (e.g. a blank {@code %20}). */
final class PathValues {

    private PathValues() {}

    /** {@code value} trimmed, or a 400 naming the path parameter if it is blank. */
    static String required(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new BadRequestException(name, "must not be blank");
        }
        return value.trim();
    }
}
