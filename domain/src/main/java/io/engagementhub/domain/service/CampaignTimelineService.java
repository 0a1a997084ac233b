package io.engagementhub.domain.service;

import io.engagementhub.domain.model.CampaignTimeline;
import io.engagementhub.domain.model.EventSpan;
import io.engagementhub.domain.model.TimeBucket;
import io.engagementhub.domain.port.in.CampaignTimelineUseCase;
import io.engagementhub.domain.port.in.InvalidTimelineException;
import io.engagementhub.domain.port.in.TimelineRequest;
import io.engagementhub.domain.port.in.UnknownCampaignException;
import io.engagementhub.domain.port.out.EngagementSources;
import io.engagementhub.domain.port.out.EventStore;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/** Draws a campaign's timeline from the store's per-bucket counts, for configured accounts only. */
public final class CampaignTimelineService implements CampaignTimelineUseCase {

    /** How long an hourly timeline runs by default: the first two days, when most opens happen. */
    public static final Duration DEFAULT_HOURLY_SPAN = Duration.ofHours(48);

    private final EngagementSources sources;
    private final EventStore store;

    public CampaignTimelineService(EngagementSources sources, EventStore store) {
        this.sources = Objects.requireNonNull(sources, "sources");
        this.store = Objects.requireNonNull(store, "store");
    }

    @Override
    public CampaignTimeline timeline(TimelineRequest request) {
        ConfiguredAccount.require(sources, request.account());
        EventSpan span = store.span(request.account(), request.campaignId())
                .orElseThrow(() -> new UnknownCampaignException(request.account(), request.campaignId()));
        TimeBucket bucket = request.bucket();
        Instant from = bucket.floor(request.from() != null ? request.from() : span.first());
        Instant to = request.to() != null ? bucket.ceiling(request.to()) : defaultEnd(bucket, from, span);
        if (!from.isBefore(to)) {
            throw new InvalidTimelineException("to", "must be after 'from' (" + from + ")");
        }
        long buckets = bucket.count(from, to);
        if (buckets > MAX_BUCKETS) {
            throw new InvalidTimelineException(
                    culprit(request),
                    "from " + from + " to " + to + " holds " + buckets + " "
                            + bucket.name().toLowerCase(Locale.ROOT) + " buckets, more than " + MAX_BUCKETS
                            + ": narrow 'from' and 'to' or use wider buckets");
        }
        return CampaignTimeline.filled(
                request.account(),
                request.campaignId(),
                bucket,
                from,
                to,
                store.timeline(request.account(), request.campaignId(), bucket, from, to));
    }

    /** Hourly: the first 48 hours; daily: through the day of the last event (at least one day). */
    private static Instant defaultEnd(TimeBucket bucket, Instant from, EventSpan span) {
        if (bucket == TimeBucket.HOUR) {
            return from.plus(DEFAULT_HOURLY_SPAN);
        }
        Instant end = bucket.floor(span.last()).plus(bucket.width());
        return end.isAfter(from) ? end : from.plus(bucket.width());
    }

    /** The parameter that made the range too long: the one the caller gave, else the bucket width. */
    private static String culprit(TimelineRequest request) {
        if (request.to() != null) {
            return "to";
        }
        return request.from() != null ? "from" : "bucket";
    }
}
