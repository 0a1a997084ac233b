package io.engagementhub.app.api;

import io.engagementhub.domain.model.Campaign;
import io.engagementhub.domain.model.CampaignStatistics;
import io.engagementhub.domain.model.Count;
import io.engagementhub.domain.model.EngagementType;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * How a campaign did; "unique" counts distinct recipients. {@code name}, {@code subject} and
 * {@code sentAt} are the campaign's stored details, null where unknown.
 */
@Serdeable
public record CampaignStatsView(
        String account,
        String campaignId,
        @Nullable String name,
        @Nullable String subject,
        @Nullable Instant sentAt,
        long sent,
        long delivered,
        long bounced,
        long unsubscribed,
        long complained,
        long forwarded,
        CountView opened,
        CountView clicked,
        List<LinkView> links,
        Map<String, Long> devices) {

    @Serdeable
    public record CountView(long total, long unique) {}

    @Serdeable
    public record LinkView(String url, @Nullable String id, long total, long unique) {}

    static CampaignStatsView of(CampaignStatistics s, Optional<Campaign> details) {
        Map<String, Long> devices = new TreeMap<>();
        s.devices().forEach((device, count) -> devices.put(device.name(), count));
        return new CampaignStatsView(
                s.account(),
                s.campaignId(),
                details.map(Campaign::name).orElse(null),
                details.map(Campaign::subject).orElse(null),
                details.map(Campaign::sentAt).orElse(null),
                s.of(EngagementType.SENT).total(),
                s.of(EngagementType.DELIVERED).total(),
                s.of(EngagementType.BOUNCED).total(),
                s.of(EngagementType.UNSUBSCRIBED).total(),
                s.of(EngagementType.COMPLAINED).total(),
                s.of(EngagementType.FORWARDED).total(),
                count(s.of(EngagementType.OPENED)),
                count(s.of(EngagementType.CLICKED)),
                s.links().stream()
                        .map(l -> new LinkView(
                                l.url(), l.id(), l.clicks().total(), l.clicks().unique()))
                        .toList(),
                devices);
    }

    private static CountView count(Count count) {
        return new CountView(count.total(), count.unique());
    }
}
