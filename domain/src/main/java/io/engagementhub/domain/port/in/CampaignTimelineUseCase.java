package io.engagementhub.domain.port.in;

import io.engagementhub.domain.model.CampaignTimeline;

/** Answers how a campaign's events spread over time: the story of its first hours and days. */
public interface CampaignTimelineUseCase {

    /** The most buckets one timeline holds. */
    int MAX_BUCKETS = 2_000;

    /**
     * The campaign's events per bucket and type, human and machine. Without {@code from} the
     * timeline starts at the bucket of the campaign's first event; without {@code to} it ends 48
     * hours later for hourly buckets and after the bucket of the last event for daily ones. A given
     * {@code from} or {@code to} is widened to whole buckets (UTC hours or days), so that each
     * bucket counts all its events.
     *
     * @throws UnknownAccountException if no such account is configured
     * @throws UnknownCampaignException if the account has no stored event of the campaign
     * @throws InvalidTimelineException if the range is empty or holds more than {@link #MAX_BUCKETS}
     */
    CampaignTimeline timeline(TimelineRequest request);
}
