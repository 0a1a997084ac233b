package io.engagementhub.adapter.copernica;

import io.engagementhub.domain.model.EngagementType;
import java.util.Locale;

/** The six statistics lists and the engagement type each holds (docs/providers/copernica.md#event-lists). */
enum CopernicaEventType {
    CLICKS(EngagementType.CLICKED),
    IMPRESSIONS(EngagementType.OPENED),
    DELIVERIES(EngagementType.DELIVERED),
    ERRORS(EngagementType.BOUNCED),
    UNSUBSCRIBES(EngagementType.UNSUBSCRIBED),
    ABUSES(EngagementType.COMPLAINED);

    private final EngagementType engagementType;

    CopernicaEventType(EngagementType engagementType) {
        this.engagementType = engagementType;
    }

    /** The list's path segment, its name in lower case ({@code clicks}, {@code abuses}...). */
    String path() {
        return name().toLowerCase(Locale.ROOT);
    }

    EngagementType engagementType() {
        return engagementType;
    }

    /**
     * Whether {@code fields[]=id>N} is documented for this Publisher list: only deliveries and
     * impressions; unverified for the others, which are read by timestamp windows
     * (docs/providers/copernica.md#time-filters).
     */
    boolean publisherIdFilterDocumented() {
        return this == DELIVERIES || this == IMPRESSIONS;
    }
}
