package io.engagementhub.domain.model;

import java.util.List;

/**
 * Campaign details a source read, to be stored beside the events.
 *
 * @param campaigns the campaigns read; may be empty
 * @param requests the HTTP requests reading them cost (zero when they came with discovery)
 */
public record CampaignDetails(List<Campaign> campaigns, int requests) {

    /** Nothing read, at no cost. */
    public static final CampaignDetails NONE = new CampaignDetails(List.of(), 0);

    public CampaignDetails {
        campaigns = List.copyOf(campaigns);
        Require.notNegative(requests, "requests");
    }
}
