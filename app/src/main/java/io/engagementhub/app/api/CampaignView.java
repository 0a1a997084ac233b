package io.engagementhub.app.api;

import io.engagementhub.domain.model.Campaign;
import io.engagementhub.domain.model.CampaignLine;
import io.engagementhub.domain.model.CampaignSummary;
import io.engagementhub.domain.model.ReportFigures;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/**
 * A campaign in the listing: its details as the provider gave them (null where unknown), its
 * headline figures as the provider's own report defines them (sent, delivered, bounced and
 * unsubscribed; null where the provider gives no such figure), distinct recipients who opened and
 * who clicked (all, and those not flagged as a machine's), the open, click and click-to-open rates
 * on human opens and clicks ({@code rates}) and on all of them ({@code allRates}), and {@code
 * reconciliation}, the status of its last check against the provider's totals (null if never
 * checked).
 */
@Serdeable
public record CampaignView(
        String campaignId,
        @Nullable String name,
        @Nullable String subject,
        @Nullable Instant sentAt,
        @Nullable Long recipients,
        @Nullable Long sent,
        @Nullable Long delivered,
        long uniqueOpens,
        long uniqueClicks,
        long humanUniqueOpens,
        long humanUniqueClicks,
        @Nullable Long bounced,
        @Nullable Long unsubscribed,
        CampaignStatsView.RatesView rates,
        CampaignStatsView.RatesView allRates,
        @Nullable String reconciliation) {

    static CampaignView of(CampaignLine line) {
        CampaignSummary summary = line.summary();
        Campaign c = summary.campaign();
        ReportFigures f = line.figures();
        return new CampaignView(
                c.campaignId(),
                c.name(),
                c.subject(),
                c.sentAt(),
                c.recipients(),
                f.sent(),
                f.delivered(),
                summary.uniqueOpens(),
                summary.uniqueClicks(),
                summary.humanUniqueOpens(),
                summary.humanUniqueClicks(),
                f.bounced(),
                f.unsubscribed(),
                CampaignStatsView.RatesView.of(f.rates()),
                CampaignStatsView.RatesView.of(line.allEvents()),
                line.check() == null ? null : line.check().name());
    }
}
