package io.engagementhub.domain.model;

/**
 * How a provider's own campaign report defines its headline figures, so that ours mean the same
 * (docs/providers/README.md#campaign-figures).
 */
public enum ReportDefinition {
    /** Every figure is the count of stored events of its type (sources with no report of their own). */
    EVENTS,
    /** Constant Contact: sent is the sends report; delivered is sends less bounces (unique contacts). */
    SENDS_LESS_BOUNCES,
    /** Copernica: sent is the emailing's destinations; delivered counts its deliveries, where given. */
    DESTINATIONS_AND_DELIVERIES
}
