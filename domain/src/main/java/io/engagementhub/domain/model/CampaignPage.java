package io.engagementhub.domain.model;

import java.util.List;

/**
 * One page of an account's campaigns.
 *
 * @param items the campaigns, in listing order
 * @param next where the next page starts, or null when this is the last page
 */
public record CampaignPage(List<CampaignSummary> items, CampaignCursor next) {

    public CampaignPage {
        items = List.copyOf(items);
    }
}
