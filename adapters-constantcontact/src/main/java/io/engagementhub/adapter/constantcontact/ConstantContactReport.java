package io.engagementhub.adapter.constantcontact;

import io.engagementhub.domain.model.EngagementType;
import java.util.Optional;

/**
 * The tracking reports whose rows are events, with the event type each maps to and the stats
 * count that changes when the report gains rows. {@code unique_opens} and {@code didnotopens} are
 * views, not events, and are never read.
 */
enum ConstantContactReport {
    SENDS("sends", EngagementType.SENT, "em_sends"),
    OPENS("opens", EngagementType.OPENED, "em_opens_all"),
    CLICKS("clicks", EngagementType.CLICKED, "em_clicks_all"),
    BOUNCES("bounces", EngagementType.BOUNCED, "em_bounces"),
    OPTOUTS("optouts", EngagementType.UNSUBSCRIBED, "em_optouts"),
    FORWARDS("forwards", EngagementType.FORWARDED, "em_forwards");

    private final String path;
    private final EngagementType type;
    private final String statsKey;

    ConstantContactReport(String path, EngagementType type, String statsKey) {
        this.path = path;
        this.type = type;
        this.statsKey = statsKey;
    }

    String path() {
        return path;
    }

    EngagementType type() {
        return type;
    }

    String statsKey() {
        return statsKey;
    }

    static Optional<ConstantContactReport> ofPath(String path) {
        for (ConstantContactReport report : values()) {
            if (report.path.equals(path)) {
                return Optional.of(report);
            }
        }
        return Optional.empty();
    }
}
