package io.engagementhub.domain.model;

import java.util.Locale;

/** The kind of device an open or click came from, as far as the provider tells. */
public enum DeviceType {
    DESKTOP,
    MOBILE,
    TABLET,
    OTHER,
    UNKNOWN;

    /**
     * Reads a provider's device label leniently: known names in any case map to their constant, a
     * blank or missing label is {@link #UNKNOWN}, and anything else is {@link #OTHER}.
     */
    public static DeviceType fromLabel(String label) {
        if (label == null || label.isBlank()) {
            return UNKNOWN;
        }
        return switch (label.trim().toLowerCase(Locale.ROOT)) {
            case "desktop", "computer", "pc" -> DESKTOP;
            case "mobile", "phone", "smartphone" -> MOBILE;
            case "tablet" -> TABLET;
            case "unknown" -> UNKNOWN;
            default -> OTHER;
        };
    }
}
