package io.engagementhub.domain.service;

import io.engagementhub.domain.model.Campaign;
import io.engagementhub.domain.model.CampaignPage;
import io.engagementhub.domain.model.CampaignQuery;
import io.engagementhub.domain.model.Require;
import io.engagementhub.domain.port.in.QueryCampaignsUseCase;
import io.engagementhub.domain.port.out.CampaignStore;
import io.engagementhub.domain.port.out.EngagementSources;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** Answers which campaigns an account has and what they are called, for configured accounts only. */
public final class CampaignQueryService implements QueryCampaignsUseCase {

    private final EngagementSources sources;
    private final CampaignStore campaigns;

    public CampaignQueryService(EngagementSources sources, CampaignStore campaigns) {
        this.sources = Objects.requireNonNull(sources, "sources");
        this.campaigns = Objects.requireNonNull(campaigns, "campaigns");
    }

    @Override
    public CampaignPage campaigns(CampaignQuery query) {
        ConfiguredAccount.require(sources, query.account());
        return campaigns.list(query);
    }

    @Override
    public Optional<Campaign> campaign(String account, String campaignId) {
        ConfiguredAccount.require(sources, account);
        String id = Require.nonBlank(campaignId, "campaign id");
        return Optional.ofNullable(campaigns.find(account, Set.of(id)).get(id));
    }

    @Override
    public Map<String, Campaign> campaigns(String account, Set<String> campaignIds) {
        return campaignIds.isEmpty() ? Map.of() : campaigns.find(account, campaignIds);
    }
}
