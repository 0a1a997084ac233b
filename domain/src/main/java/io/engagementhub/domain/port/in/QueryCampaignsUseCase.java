package io.engagementhub.domain.port.in;

import io.engagementhub.domain.model.Campaign;
import io.engagementhub.domain.model.CampaignPage;
import io.engagementhub.domain.model.CampaignQuery;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Tells campaigns apart: their names, subjects and send times, and a listing with headline figures. */
public interface QueryCampaignsUseCase {

    /**
     * One page of the account's campaigns, newest sent first, each with its headline figures.
     *
     * @throws UnknownAccountException if no such account is configured
     */
    CampaignPage campaigns(CampaignQuery query);

    /**
     * The stored details of one campaign, if any.
     *
     * @throws UnknownAccountException if no such account is configured
     */
    Optional<Campaign> campaign(String account, String campaignId);

    /** The stored details of those of the account's {@code campaignIds} that have any, by id. */
    Map<String, Campaign> campaigns(String account, Set<String> campaignIds);
}
