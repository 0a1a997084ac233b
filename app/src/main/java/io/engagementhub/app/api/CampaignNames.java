package io.engagementhub.app.api;

import io.engagementhub.domain.model.Campaign;
import io.engagementhub.domain.model.EngagementEvent;
import io.engagementhub.domain.model.EventPage;
import io.engagementhub.domain.port.in.QueryCampaignsUseCase;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Puts campaign names on a page of events: one lookup per account on the page. */
@Singleton
record CampaignNames(QueryCampaignsUseCase campaigns) {

    /** The page's events as the API shows them, each with its campaign's name where known. */
    List<EventView> views(EventPage page) {
        Map<String, Set<String>> idsByAccount = new HashMap<>();
        for (EngagementEvent event : page.items()) {
            idsByAccount.computeIfAbsent(event.account(), a -> new HashSet<>()).add(event.campaignId());
        }
        Map<String, Map<String, Campaign>> found = new HashMap<>();
        idsByAccount.forEach((account, ids) -> found.put(account, campaigns.campaigns(account, ids)));
        return page.items().stream()
                .map(event ->
                        EventView.of(event, nameOf(found.get(event.account()).get(event.campaignId()))))
                .toList();
    }

    /** The name a person knows the campaign by: its name, else its subject. */
    static String nameOf(Campaign campaign) {
        if (campaign == null) {
            return null;
        }
        return campaign.name() != null ? campaign.name() : campaign.subject();
    }
}
