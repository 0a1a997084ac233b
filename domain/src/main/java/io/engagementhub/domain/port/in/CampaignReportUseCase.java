package io.engagementhub.domain.port.in;

import io.engagementhub.domain.model.CampaignReport;

/** How a campaign did, in the figures its provider's own report shows. */
public interface CampaignReportUseCase {

    /**
     * The campaign's statistics, its headline figures as the provider defines them and its last
     * check against the provider's totals.
     *
     * @param includeMachine compute the rates on every open and click instead of human ones
     * @throws UnknownAccountException if no such account is configured
     * @throws UnknownCampaignException if the account has no stored event of the campaign
     */
    CampaignReport report(String account, String campaignId, boolean includeMachine);
}
