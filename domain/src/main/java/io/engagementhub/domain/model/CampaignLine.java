package io.engagementhub.domain.model;

import java.util.Objects;

/**
 * A campaign in a listing with its headline figures in the provider's definitions.
 *
 * @param summary the campaign and its stored counts
 * @param figures the headline figures as the provider's report defines them, rates on human opens and clicks
 * @param allEvents the same rates on every open and click, machines' included
 * @param check the status of its last check against the provider's totals, or null if never checked
 */
public record CampaignLine(
        CampaignSummary summary, ReportFigures figures, ReportFigures.Rates allEvents, ReconciliationStatus check) {

    public CampaignLine {
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(figures, "figures");
        Objects.requireNonNull(allEvents, "allEvents");
    }
}
