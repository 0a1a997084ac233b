package io.engagementhub.app.api;

import io.engagementhub.domain.model.Campaign;
import io.engagementhub.domain.model.CampaignStatistics;
import io.engagementhub.domain.model.Count;
import io.engagementhub.domain.model.EngagementType;
import io.engagementhub.domain.model.MachineReason;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * How a campaign did; "unique" counts distinct recipients. Opens and clicks count every event, and
 * in {@code human} those not flagged as a machine's; {@code rates} are on human figures unless asked
 * for all; {@code machine} counts flagged opens and clicks per reason; the client breakdowns count
 * human opens and clicks (the top {@value ClientBuckets#TOP} and "other"; image-proxy opens as
 * "unknown (proxy)"). {@code name}, {@code subject} and {@code sentAt} are the campaign's stored
 * details, null where unknown.
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
        Map<String, Long> devices,
        RatesView rates,
        Map<String, Long> machine,
        Map<String, Long> operatingSystems,
        Map<String, Long> emailClients) {

    @Serdeable
    public record CountView(long total, long unique, TotalsView human) {}

    @Serdeable
    public record TotalsView(long total, long unique) {}

    /**
     * Unique opens and clicks per recipient reached (deliveries, else sends less bounces), and
     * unique clicks per unique open; null where the denominator is zero.
     *
     * @param basis {@code human} (machine events left out) or {@code all}
     */
    @Serdeable
    public record RatesView(
            @Nullable Double open, @Nullable Double click, @Nullable Double clickToOpen, String basis) {}

    @Serdeable
    public record LinkView(String url, @Nullable String id, long total, long unique) {}

    /**
     * The view of {@code s} with the campaign's {@code details}; {@code includeMachine} computes the
     * rates on every event instead of human ones.
     */
    static CampaignStatsView of(CampaignStatistics s, Optional<Campaign> details, boolean includeMachine) {
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
                count(s.of(EngagementType.OPENED), s.classified().humanOf(EngagementType.OPENED)),
                count(s.of(EngagementType.CLICKED), s.classified().humanOf(EngagementType.CLICKED)),
                s.links().stream()
                        .map(l -> new LinkView(
                                l.url(), l.id(), l.clicks().total(), l.clicks().unique()))
                        .toList(),
                devices,
                rates(s, includeMachine),
                machine(s),
                ClientBuckets.top(s.classified().operatingSystems()),
                ClientBuckets.top(s.classified().emailClients()));
    }

    private static CountView count(Count count, Count human) {
        return new CountView(count.total(), count.unique(), new TotalsView(human.total(), human.unique()));
    }

    private static RatesView rates(CampaignStatistics s, boolean includeMachine) {
        long delivered = s.of(EngagementType.DELIVERED).total();
        long reached = delivered > 0
                ? delivered
                : s.of(EngagementType.SENT).total()
                        - s.of(EngagementType.BOUNCED).total();
        Count opens =
                includeMachine ? s.of(EngagementType.OPENED) : s.classified().humanOf(EngagementType.OPENED);
        Count clicks =
                includeMachine ? s.of(EngagementType.CLICKED) : s.classified().humanOf(EngagementType.CLICKED);
        return new RatesView(
                ratio(opens.unique(), reached),
                ratio(clicks.unique(), reached),
                ratio(clicks.unique(), opens.unique()),
                includeMachine ? "all" : "human");
    }

    private static Double ratio(long part, long whole) {
        return whole <= 0 ? null : (double) part / whole;
    }

    private static Map<String, Long> machine(CampaignStatistics s) {
        Map<String, Long> machine = new LinkedHashMap<>();
        for (MachineReason reason : MachineReason.values()) {
            if (reason.machine()) {
                machine.put(reason.name(), s.classified().machine().getOrDefault(reason, 0L));
            }
        }
        return machine;
    }
}
