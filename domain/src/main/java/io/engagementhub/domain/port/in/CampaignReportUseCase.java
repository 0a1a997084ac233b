package io.engagementhub.domain.port.in;

import io.engagementhub.domain.model.CampaignLine;
import io.engagementhub.domain.model.CampaignReport;
import io.engagementhub.domain.model.CampaignSummary;
import java.util.List;

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

    /**
     * The listed campaigns of {@code account} with their headline figures in the provider's
     * definitions and the status of their last check, in the given order.
     *
     * @throws UnknownAccountException if no such account is configured
     */
    List<CampaignLine> lines(String account, List<CampaignSummary> campaigns);
}
