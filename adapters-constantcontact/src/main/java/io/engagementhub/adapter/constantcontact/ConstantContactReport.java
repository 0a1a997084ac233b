package io.engagementhub.adapter.constantcontact;

import io.engagementhub.domain.model.EngagementType;
import java.util.Locale;
import java.util.Optional;

/**
 * The tracking reports whose rows are events, with the event type each maps to and the stats
 * count that changes when the report gains rows. {@code unique_opens} and {@code didnotopens} are
 * views, not events, and are never read.
 */
enum ConstantContactReport {
    SENDS(EngagementType.SENT, "em_sends"),
    OPENS(EngagementType.OPENED, "em_opens_all"),
    CLICKS(EngagementType.CLICKED, "em_clicks_all"),
    BOUNCES(EngagementType.BOUNCED, "em_bounces"),
    OPTOUTS(EngagementType.UNSUBSCRIBED, "em_optouts"),
    FORWARDS(EngagementType.FORWARDED, "em_forwards");

    private final EngagementType type;
    private final String statsKey;

    ConstantContactReport(EngagementType type, String statsKey) {
        this.type = type;
        this.statsKey = statsKey;
    }

    /** The report's path segment, its name in lower case ({@code sends}, {@code optouts}...). */
    String path() {
        return name().toLowerCase(Locale.ROOT);
    }

    EngagementType type() {
        return type;
    }

    String statsKey() {
        return statsKey;
    }

    static Optional<ConstantContactReport> ofPath(String path) {
        for (ConstantContactReport report : values()) {
            if (report.path().equals(path)) {
                return Optional.of(report);
            }
        }
        return Optional.empty();
    }
}
