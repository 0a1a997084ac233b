package io.engagementhub.sandbox.constantcontact;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The opaque cursor in {@code next} links: where the next page starts (counted from the oldest
 * row, so rows added since do not shift it; in the tracking reports' offset mode, the rows served
 * so far counted from the newest, which rows added since do shift), the page size and the filter of
 * the first request.
 * The real cursor format is not documented; clients treat it as opaque (docs/providers/constantcontact.md#paging).
 */
record SimCursor(int upper, int limit, String filter) {

    String encode() {
        String text = upper + "|" + limit + "|" + filter;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The decoded cursor, or null if {@code text} is not one. */
    static SimCursor decode(String text) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8).split("\\|", 3);
            return new SimCursor(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), parts[2]);
        } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
            return null;
        }
    }

    /** The page size asked for, or -1 when it is not a number from 1 to {@code max}. */
    static int limit(String raw, int defaultLimit, int max) {
        if (raw == null) {
            return defaultLimit;
        }
        try {
            int value = Integer.parseInt(raw.trim());
            return value >= 1 && value <= max ? value : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
