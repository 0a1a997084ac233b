package io.engagementhub.app.api;

import io.engagementhub.domain.model.Campaign;
import io.engagementhub.domain.model.CampaignSummary;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/**
 * A campaign in the listing: its details as the provider gave them (null where unknown) and its
 * headline figures: events sent, delivered, bounced and unsubscribed, and distinct recipients who
 * opened and who clicked.
 */
@Serdeable
public record CampaignView(
        String campaignId,
        @Nullable String name,
        @Nullable String subject,
        @Nullable Instant sentAt,
        @Nullable Long recipients,
        long sent,
        long delivered,
        long uniqueOpens,
        long uniqueClicks,
        long humanUniqueOpens,
        long humanUniqueClicks,
        long bounced,
        long unsubscribed) {

    static CampaignView of(CampaignSummary summary) {
        Campaign c = summary.campaign();
        return new CampaignView(
                c.campaignId(),
                c.name(),
                c.subject(),
                c.sentAt(),
                c.recipients(),
                summary.sent(),
                summary.delivered(),
                summary.uniqueOpens(),
                summary.uniqueClicks(),
                summary.humanUniqueOpens(),
                summary.humanUniqueClicks(),
                summary.bounced(),
                summary.unsubscribed());
    }
}
