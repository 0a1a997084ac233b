package io.engagementhub.domain.model;

import java.util.Objects;

/**
 * Clicks on one link of a campaign.
 *
 * @param url the link's url as the provider gives it
 * @param id the provider's link id, or null
 * @param clicks total clicks and distinct recipients who clicked
 */
public record LinkStatistics(String url, String id, Count clicks) {

    public LinkStatistics {
        Require.nonBlank(url, "link url");
        Objects.requireNonNull(clicks, "clicks must not be null");
    }
}
