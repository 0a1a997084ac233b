package io.engagementhub.domain.model;

import java.util.Objects;

/**
 * A campaign with its headline figures, read from the maintained statistics. Totals count events,
 * "unique" figures distinct recipients, as in {@link CampaignStatistics}.
 *
 * @param campaign what is known of the campaign (only its id where no details are stored yet)
 * @param sent sends: events and distinct recipients
 * @param delivered events of type DELIVERED
 * @param uniqueOpens distinct recipients who opened
 * @param uniqueClicks distinct recipients who clicked
 * @param humanUniqueOpens distinct recipients with an open not flagged as a machine's
 * @param humanUniqueClicks distinct recipients with a click not flagged as a machine's
 * @param bounced bounces: events and distinct recipients
 * @param unsubscribed opt-outs: events and distinct recipients
 */
public record CampaignSummary(
        Campaign campaign,
        Count sent,
        long delivered,
        long uniqueOpens,
        long uniqueClicks,
        long humanUniqueOpens,
        long humanUniqueClicks,
        Count bounced,
        Count unsubscribed) {

    /**
     * Only the campaign is checked: every figure is taken from a {@link Count} or a {@link
     * HumanMachine}, which refuse negative numbers themselves.
     */
    public CampaignSummary {
        Objects.requireNonNull(campaign, "campaign");
    }

    /** The headline figures of {@code campaign} taken from its counts per type and its human counts. */
    public static CampaignSummary of(Campaign campaign, CampaignStatistics counts) {
        return new CampaignSummary(
                campaign,
                counts.of(EngagementType.SENT),
                counts.of(EngagementType.DELIVERED).total(),
                counts.of(EngagementType.OPENED).unique(),
                counts.of(EngagementType.CLICKED).unique(),
                counts.classified().humanOf(EngagementType.OPENED).unique(),
                counts.classified().humanOf(EngagementType.CLICKED).unique(),
                counts.of(EngagementType.BOUNCED),
                counts.of(EngagementType.UNSUBSCRIBED));
    }
}
