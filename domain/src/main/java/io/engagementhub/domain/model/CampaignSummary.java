package io.engagementhub.domain.model;

import java.util.Objects;

/**
 * A campaign with its headline figures, read from the maintained statistics. Totals count events,
 * "unique" figures distinct recipients, as in {@link CampaignStatistics}.
 *
 * @param campaign what is known of the campaign (only its id where no details are stored yet)
 * @param sent events of type SENT
 * @param delivered events of type DELIVERED
 * @param uniqueOpens distinct recipients who opened
 * @param uniqueClicks distinct recipients who clicked
 * @param bounced events of type BOUNCED
 * @param unsubscribed events of type UNSUBSCRIBED
 */
public record CampaignSummary(
        Campaign campaign,
        long sent,
        long delivered,
        long uniqueOpens,
        long uniqueClicks,
        long bounced,
        long unsubscribed) {

    public CampaignSummary {
        Objects.requireNonNull(campaign, "campaign");
        Require.notNegative(sent, "sent");
        Require.notNegative(delivered, "delivered");
        Require.notNegative(uniqueOpens, "uniqueOpens");
        Require.notNegative(uniqueClicks, "uniqueClicks");
        Require.notNegative(bounced, "bounced");
        Require.notNegative(unsubscribed, "unsubscribed");
    }

    /** The headline figures of {@code campaign} taken from its counts per type. */
    public static CampaignSummary of(Campaign campaign, CampaignStatistics counts) {
        return new CampaignSummary(
                campaign,
                counts.of(EngagementType.SENT).total(),
                counts.of(EngagementType.DELIVERED).total(),
                counts.of(EngagementType.OPENED).unique(),
                counts.of(EngagementType.CLICKED).unique(),
                counts.of(EngagementType.BOUNCED).total(),
                counts.of(EngagementType.UNSUBSCRIBED).total());
    }
}
