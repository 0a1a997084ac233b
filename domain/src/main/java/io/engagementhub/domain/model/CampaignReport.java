package io.engagementhub.domain.model;

import java.util.Objects;

/**
 * How a campaign did: the stored statistics, the headline figures as the provider's report defines
 * them, and the last check against the provider's own totals.
 *
 * @param statistics the counts computed from the stored events
 * @param details the campaign's stored details, or null
 * @param figures the headline figures under the provider's definitions
 * @param check the last check against the provider's totals, or null if never checked
 */
public record CampaignReport(
        CampaignStatistics statistics, Campaign details, ReportFigures figures, Reconciliation check) {

    public CampaignReport {
        Objects.requireNonNull(statistics, "statistics");
        Objects.requireNonNull(figures, "figures");
    }
}
