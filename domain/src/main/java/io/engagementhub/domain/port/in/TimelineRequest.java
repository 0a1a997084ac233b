package io.engagementhub.domain.port.in;

import io.engagementhub.domain.model.Require;
import io.engagementhub.domain.model.TimeBucket;
import java.time.Instant;
import java.util.Objects;

/**
 * Which timeline to draw.
 *
 * @param account the account
 * @param campaignId the campaign
 * @param bucket the width of the buckets
 * @param from where the timeline starts, or null for the campaign's first event
 * @param to where it ends (exclusive), or null for the default length
 */
public record TimelineRequest(String account, String campaignId, TimeBucket bucket, Instant from, Instant to) {

    public TimelineRequest {
        Require.nonBlank(account, "account");
        Require.nonBlank(campaignId, "campaign id");
        Objects.requireNonNull(bucket, "bucket");
    }

    /** The default timeline of a campaign: hourly, from its first event. */
    public static TimelineRequest hourly(String account, String campaignId) {
        return new TimelineRequest(account, campaignId, TimeBucket.HOUR, null, null);
    }
}
