package io.engagementhub.app.api;

import io.engagementhub.domain.model.Campaign;
import io.engagementhub.domain.model.CampaignReport;
import io.engagementhub.domain.model.CampaignStatistics;
import io.engagementhub.domain.model.ClientBuckets;
import io.engagementhub.domain.model.Count;
import io.engagementhub.domain.model.EngagementType;
import io.engagementhub.domain.model.MachineReason;
import io.engagementhub.domain.model.ReportFigures;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * How a campaign did; "unique" counts distinct recipients. The headline figures ({@code sent},
 * {@code delivered}, {@code bounced}, {@code unsubscribed}, {@code complained}, {@code forwarded})
 * mean what the provider's own report means (Constant Contact: contacts sent, delivered = sent less
 * bounced; Copernica: sent = the emailing's destinations, delivered = deliveries) and are null where
 * the provider gives no such figure. Opens and clicks count every event, and in {@code human} those
 * not flagged as a machine's; {@code rates} are unique opens and clicks over delivered (human unless
 * asked for all), null where delivered is unknown or zero; {@code machine} counts flagged opens and
 * clicks per reason; the client breakdowns count human opens and clicks (the top {@value
 * ClientBuckets#TOP} and "other"; image-proxy opens as "unknown (proxy)"). {@code name}, {@code
 * subject} and {@code sentAt} are the campaign's stored details, null where unknown;
 * {@code reconciliation} is the status of the last check against the provider's totals, null if
 * never checked.
 */
@Serdeable
public record CampaignStatsView(
        String account,
        String campaignId,
        @Nullable String name,
        @Nullable String subject,
        @Nullable Instant sentAt,
        @Nullable Long sent,
        @Nullable Long delivered,
        @Nullable Long bounced,
        @Nullable Long unsubscribed,
        @Nullable Long complained,
        @Nullable Long forwarded,
        CountView opened,
        CountView clicked,
        List<LinkView> links,
        Map<String, Long> devices,
        RatesView rates,
        Map<String, Long> machine,
        Map<String, Long> operatingSystems,
        Map<String, Long> emailClients,
        @Nullable String reconciliation) {

    @Serdeable
    public record CountView(long total, long unique, TotalsView human) {}

    @Serdeable
    public record TotalsView(long total, long unique) {}

    /**
     * Unique opens and clicks per delivered message, and unique clicks per unique open; null where
     * the denominator is unknown or zero.
     *
     * @param basis {@code human} (machine events left out) or {@code all}
     */
    @Serdeable
    public record RatesView(@Nullable Double open, @Nullable Double click, @Nullable Double clickToOpen, String basis) {

        static RatesView of(ReportFigures.Rates rates) {
            return new RatesView(rates.open(), rates.click(), rates.clickToOpen(), rates.human() ? "human" : "all");
        }
    }

    @Serdeable
    public record LinkView(String url, @Nullable String id, long total, long unique) {}

    /** The view of a campaign's report. */
    static CampaignStatsView of(CampaignReport report) {
        CampaignStatistics s = report.statistics();
        ReportFigures f = report.figures();
        Optional<Campaign> details = Optional.ofNullable(report.details());
        Map<String, Long> devices = new TreeMap<>();
        s.devices().forEach((device, count) -> devices.put(device.name(), count));
        return new CampaignStatsView(
                s.account(),
                s.campaignId(),
                details.map(Campaign::name).orElse(null),
                details.map(Campaign::subject).orElse(null),
                details.map(Campaign::sentAt).orElse(null),
                f.sent(),
                f.delivered(),
                f.bounced(),
                f.unsubscribed(),
                f.complained(),
                f.forwarded(),
                count(s.of(EngagementType.OPENED), s.classified().humanOf(EngagementType.OPENED)),
                count(s.of(EngagementType.CLICKED), s.classified().humanOf(EngagementType.CLICKED)),
                s.links().stream()
                        .map(l -> new LinkView(
                                l.url(), l.id(), l.clicks().total(), l.clicks().unique()))
                        .toList(),
                devices,
                RatesView.of(f.rates()),
                machine(s),
                ClientBuckets.top(s.classified().operatingSystems()),
                ClientBuckets.top(s.classified().emailClients()),
                report.check() == null ? null : report.check().status().name());
    }

    private static CountView count(Count count, Count human) {
        return new CountView(count.total(), count.unique(), new TotalsView(human.total(), human.unique()));
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
