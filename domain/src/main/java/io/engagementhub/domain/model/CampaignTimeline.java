package io.engagementhub.domain.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One campaign's events over time: every bucket from {@code from} to {@code to}, also the empty
 * ones, so that a chart has one point per bucket.
 *
 * @param account the account
 * @param campaignId the campaign
 * @param bucket the width of each bucket
 * @param from the start of the first bucket (a bucket boundary)
 * @param to the end of the last bucket (a bucket boundary, after {@code from})
 * @param buckets every bucket in order of time
 */
public record CampaignTimeline(
        String account, String campaignId, TimeBucket bucket, Instant from, Instant to, List<TimelineBucket> buckets) {

    public CampaignTimeline {
        Require.nonBlank(account, "account");
        Require.nonBlank(campaignId, "campaign id");
        Objects.requireNonNull(bucket, "bucket");
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("to (" + to + ") is not after from (" + from + ")");
        }
        buckets = List.copyOf(buckets);
    }

    /**
     * The timeline of the buckets from {@code from} to {@code to}, filled in with empty buckets
     * where {@code withEvents} (the buckets that have events, as the store counts them) has none.
     */
    public static CampaignTimeline filled(
            String account,
            String campaignId,
            TimeBucket bucket,
            Instant from,
            Instant to,
            List<TimelineBucket> withEvents) {
        Map<Instant, TimelineBucket> byStart = withEvents.stream()
                .collect(Collectors.toMap(TimelineBucket::start, Function.identity(), (a, b) -> {
                    throw new IllegalArgumentException("two buckets start at " + a.start());
                }));
        List<TimelineBucket> all = new ArrayList<>();
        for (Instant start = from; start.isBefore(to); start = start.plus(bucket.width())) {
            all.add(byStart.getOrDefault(start, TimelineBucket.empty(start)));
        }
        return new CampaignTimeline(account, campaignId, bucket, from, to, all);
    }
}
