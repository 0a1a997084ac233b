package io.engagementhub.domain.model;

import java.util.Objects;

/**
 * A campaign's headline figures as the provider's own report defines them
 * (docs/providers/README.md#campaign-figures), so that a marketer finds the numbers the provider
 * shows. A figure the provider does not give is null, never zero. Opens and clicks are in the
 * campaign's statistics, total and unique, all and human.
 *
 * @param sent messages sent: Constant Contact's sends (contacts), Copernica's destinations
 * @param delivered messages delivered: sends less bounces (Constant Contact), deliveries (Copernica
 *     Marketing Suite; Publisher gives none)
 * @param bounced bounces (contacts on Constant Contact, errors on Copernica)
 * @param unsubscribed opt-outs through the campaign
 * @param complained spam complaints, where the provider lists them
 * @param forwarded forwards with the provider's forward feature, where it has one
 * @param rates unique opens and clicks over delivered, and unique clicks over unique opens
 */
public record ReportFigures(
        Long sent, Long delivered, Long bounced, Long unsubscribed, Long complained, Long forwarded, Rates rates) {

    public ReportFigures {
        Objects.requireNonNull(rates, "rates");
    }

    /**
     * Rates; each null where its denominator is unknown or zero.
     *
     * @param open unique opens per delivered message
     * @param click unique clicks per delivered message
     * @param clickToOpen unique clicks per unique open
     * @param human whether machine opens and clicks are left out
     */
    public record Rates(Double open, Double click, Double clickToOpen, boolean human) {}

    /**
     * The figures of the stored statistics {@code s} under the provider's {@code definition}.
     *
     * @param details the campaign's stored details, or null
     * @param check the campaign's last check against the provider's totals, or null
     * @param includeMachine compute the rates on every open and click instead of human ones
     */
    public static ReportFigures of(
            ReportDefinition definition,
            CampaignStatistics s,
            Campaign details,
            Reconciliation check,
            boolean includeMachine) {
        Count opens =
                includeMachine ? s.of(EngagementType.OPENED) : s.classified().humanOf(EngagementType.OPENED);
        Count clicks =
                includeMachine ? s.of(EngagementType.CLICKED) : s.classified().humanOf(EngagementType.CLICKED);
        return of(definition, new Stored(s, opens.unique(), clicks.unique()), details, check, !includeMachine);
    }

    /**
     * The headline figures of a campaign in a listing; a listing has no complaints or forwards
     * (null).
     *
     * @param includeMachine compute the rates on every open and click instead of human ones
     */
    public static ReportFigures of(
            ReportDefinition definition, CampaignSummary summary, Reconciliation check, boolean includeMachine) {
        ReportFigures f =
                of(definition, new Stored(summary, includeMachine), summary.campaign(), check, !includeMachine);
        return new ReportFigures(f.sent, f.delivered, f.bounced, f.unsubscribed, null, null, f.rates);
    }

    private static ReportFigures of(
            ReportDefinition definition, Stored s, Campaign details, Reconciliation check, boolean human) {
        return switch (definition) {
            case EVENTS ->
                new ReportFigures(
                        s.sent.total(),
                        s.delivered,
                        s.bounced.total(),
                        s.unsubscribed.total(),
                        s.complained,
                        s.forwarded.total(),
                        rates(s, s.delivered, human));
            case SENDS_LESS_BOUNCES -> sendsLessBounces(s, check, human);
            case DESTINATIONS_AND_DELIVERIES -> destinationsAndDeliveries(s, details, check, human);
        };
    }

    private static ReportFigures sendsLessBounces(Stored s, Reconciliation check, boolean human) {
        long sends = s.sent.unique();
        long sent = sends > 0 || check == null || check.sent() == null ? sends : check.sent();
        long bounced = s.bounced.unique();
        long delivered = Math.max(0, sent - bounced);
        return new ReportFigures(
                sent,
                delivered,
                bounced,
                s.unsubscribed.unique(),
                null,
                s.forwarded.unique(),
                rates(s, delivered, human));
    }

    private static ReportFigures destinationsAndDeliveries(
            Stored s, Campaign details, Reconciliation check, boolean human) {
        Long sent =
                check != null && check.sent() != null ? check.sent() : details == null ? null : details.recipients();
        boolean deliveriesGiven = s.delivered > 0
                || check != null
                        && check.types().containsKey(EngagementType.DELIVERED)
                        && check.types().get(EngagementType.DELIVERED).provider() != null;
        Long delivered = deliveriesGiven ? s.delivered : null;
        return new ReportFigures(
                sent,
                delivered,
                s.bounced.total(),
                s.unsubscribed.total(),
                s.complained,
                null,
                rates(s, delivered, human));
    }

    private static Rates rates(Stored s, Long delivered, boolean human) {
        long reached = delivered == null ? 0 : delivered;
        return new Rates(
                ratio(s.uniqueOpens, reached),
                ratio(s.uniqueClicks, reached),
                ratio(s.uniqueClicks, s.uniqueOpens),
                human);
    }

    private static Double ratio(long part, long whole) {
        return whole <= 0 ? null : (double) part / whole;
    }

    /** The stored counts the figures are made of; a listing has no complaints or forwards. */
    private record Stored(
            Count sent,
            long delivered,
            Count bounced,
            Count unsubscribed,
            long complained,
            Count forwarded,
            long uniqueOpens,
            long uniqueClicks) {

        Stored(CampaignStatistics s, long uniqueOpens, long uniqueClicks) {
            this(
                    s.of(EngagementType.SENT),
                    s.of(EngagementType.DELIVERED).total(),
                    s.of(EngagementType.BOUNCED),
                    s.of(EngagementType.UNSUBSCRIBED),
                    s.of(EngagementType.COMPLAINED).total(),
                    s.of(EngagementType.FORWARDED),
                    uniqueOpens,
                    uniqueClicks);
        }

        Stored(CampaignSummary summary, boolean includeMachine) {
            this(
                    summary.sent(),
                    summary.delivered(),
                    summary.bounced(),
                    summary.unsubscribed(),
                    0,
                    Count.ZERO,
                    includeMachine ? summary.uniqueOpens() : summary.humanUniqueOpens(),
                    includeMachine ? summary.uniqueClicks() : summary.humanUniqueClicks());
        }
    }
}
