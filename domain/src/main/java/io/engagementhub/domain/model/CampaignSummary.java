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
 * @param humanUniqueOpens distinct recipients with an open not flagged as a machine's
 * @param humanUniqueClicks distinct recipients with a click not flagged as a machine's
 * @param bounced events of type BOUNCED
 * @param unsubscribed events of type UNSUBSCRIBED
 */
public record CampaignSummary(
        Campaign campaign,
        long sent,
        long delivered,
        long uniqueOpens,
        long uniqueClicks,
        long humanUniqueOpens,
        long humanUniqueClicks,
        long bounced,
        long unsubscribed) {

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
                counts.of(EngagementType.SENT).total(),
                counts.of(EngagementType.DELIVERED).total(),
                counts.of(EngagementType.OPENED).unique(),
                counts.of(EngagementType.CLICKED).unique(),
                counts.classified().humanOf(EngagementType.OPENED).unique(),
                counts.classified().humanOf(EngagementType.CLICKED).unique(),
                counts.of(EngagementType.BOUNCED).total(),
                counts.of(EngagementType.UNSUBSCRIBED).total());
    }
}
