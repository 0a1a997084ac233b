package io.engagementhub.app.api;

import io.engagementhub.domain.model.CampaignTimeline;
import io.engagementhub.domain.model.EngagementType;
import io.engagementhub.domain.model.HumanMachine;
import io.engagementhub.domain.model.TimelineBucket;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A campaign's timeline as the API shows it; counts keyed by event type, in the types' order. */
@Serdeable
public record TimelineView(
        String account, String campaignId, String bucket, Instant from, Instant to, List<BucketView> buckets) {

    @Serdeable
    public record BucketView(Instant start, Map<String, CountsView> counts) {}

    @Serdeable
    public record CountsView(long human, long machine) {}

    static TimelineView of(CampaignTimeline timeline) {
        return new TimelineView(
                timeline.account(),
                timeline.campaignId(),
                timeline.bucket().name().toLowerCase(Locale.ROOT),
                timeline.from(),
                timeline.to(),
                timeline.buckets().stream().map(TimelineView::bucket).toList());
    }

    private static BucketView bucket(TimelineBucket bucket) {
        Map<String, CountsView> counts = new LinkedHashMap<>();
        for (EngagementType type : EngagementType.values()) {
            HumanMachine count = bucket.of(type);
            counts.put(type.name(), new CountsView(count.human(), count.machine()));
        }
        return new BucketView(bucket.start(), counts);
    }
}
