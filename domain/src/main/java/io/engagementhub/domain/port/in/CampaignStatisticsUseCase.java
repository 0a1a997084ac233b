package io.engagementhub.domain.port.in;

import io.engagementhub.domain.model.CampaignStatistics;

/** Answers how a campaign did. */
public interface CampaignStatisticsUseCase {

    /**
     * Counts per event type (total and distinct recipients), per link and per device of one
     * campaign of one account.
     *
     * @throws UnknownAccountException if no such account is configured
     * @throws UnknownCampaignException if the account has no stored event of the campaign
     */
    CampaignStatistics statistics(String account, String campaignId);
}
