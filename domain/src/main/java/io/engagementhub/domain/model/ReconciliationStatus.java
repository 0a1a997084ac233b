package io.engagementhub.domain.model;

/** How the stored events of a campaign (or of one type) compare with the provider's own totals. */
public enum ReconciliationStatus {
    /** Every total the provider gives equals the stored count. */
    COMPLETE,
    /** The provider counts more than is stored: events are missing. */
    BEHIND,
    /** More is stored than the provider counts (its totals lag, or it restated them); nothing to repair. */
    AHEAD,
    /** The provider gives no total to compare with. */
    UNKNOWN
}
