package io.engagementhub.adapter.copernica;

import io.engagementhub.domain.model.EngagementType;

/** The six statistics lists and the engagement type each holds (docs/providers/copernica.md#event-lists). */
enum CopernicaEventType {
    CLICKS("clicks", EngagementType.CLICKED),
    IMPRESSIONS("impressions", EngagementType.OPENED),
    DELIVERIES("deliveries", EngagementType.DELIVERED),
    ERRORS("errors", EngagementType.BOUNCED),
    UNSUBSCRIBES("unsubscribes", EngagementType.UNSUBSCRIBED),
    ABUSES("abuses", EngagementType.COMPLAINED);

    private final String path;
    private final EngagementType engagementType;

    CopernicaEventType(String path, EngagementType engagementType) {
        this.path = path;
        this.engagementType = engagementType;
    }

    String path() {
        return path;
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
