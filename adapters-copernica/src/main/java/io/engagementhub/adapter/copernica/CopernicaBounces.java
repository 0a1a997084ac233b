package io.engagementhub.adapter.copernica;

import io.engagementhub.domain.model.BounceCategory;
import java.util.Locale;

/**
 * Bounce categories from a Copernica error: the SMTP enhanced status code first ({@code 5.7.x}
 * policy: blocked; {@code 5.x.x}: hard; {@code 4.x.x}: soft), then Copernica's error type
 * ({@code nohost}, {@code privateiprange} hard; {@code unreachable} soft). Copernica documents the
 * error types but not which are hard or soft; this reading is the project's own
 * (docs/providers/copernica.md#event-payloads).
 */
final class CopernicaBounces {

    private CopernicaBounces() {}

    static BounceCategory categorize(String errorCode, String errorType) {
        String code = errorCode == null ? "" : errorCode.trim();
        if (code.startsWith("5.7.")) {
            return BounceCategory.BLOCKED;
        }
        if (code.startsWith("5.")) {
            return BounceCategory.HARD;
        }
        if (code.startsWith("4.")) {
            return BounceCategory.SOFT;
        }
        String type = errorType == null ? "" : errorType.trim().toLowerCase(Locale.ROOT);
        return switch (type) {
            case "nohost", "privateiprange" -> BounceCategory.HARD;
            case "unreachable" -> BounceCategory.SOFT;
            default -> BounceCategory.UNKNOWN;
        };
    }
}
