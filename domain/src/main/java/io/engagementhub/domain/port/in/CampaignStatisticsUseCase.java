package io.engagementhub.domain.port.in;

import io.engagementhub.domain.model.CampaignStatistics;

/** Answers how a campaign did. */
public interface CampaignStatisticsUseCase {

    /**
     * Counts per event type (total and distinct recipients), per link and per device of one
     * campaign of one account. A campaign without stored events has all counts zero.
     *
     * @throws UnknownAccountException if no such account is configured
     */
    CampaignStatistics statistics(String account, String campaignId);
}
