package io.engagementhub.domain.port.out;

import io.engagementhub.domain.model.Campaign;
import io.engagementhub.domain.model.CampaignPage;
import io.engagementhub.domain.model.CampaignQuery;
import java.util.Collection;
import java.util.Map;
import java.util.Set;

/**
 * Where campaign details are kept, beside the events, and where campaigns are listed with their
 * headline figures. Implementations are safe for concurrent use and throw
 * {@link EventStoreException} when the storage fails.
 */
public interface CampaignStore {

    /**
     * Stores the details of each campaign, replacing what was stored for the same account and
     * campaign id; details the provider no longer gives are cleared.
     *
     * @param campaigns campaigns of {@code account}
     * @return how many campaigns were new or changed
     */
    int save(String account, Collection<Campaign> campaigns);

    /** The stored details of those of {@code campaignIds} that have any, by campaign id. */
    Map<String, Campaign> find(String account, Set<String> campaignIds);

    /**
     * One page of the account's campaigns: those with stored details and those with stored events,
     * each once, newest sent first, then those without a send time, ties by campaign id. Campaigns
     * without details are listed by id only; figures of campaigns without events are zero.
     */
    CampaignPage list(CampaignQuery query);
}
