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
    public record Rates(Double open, Double click, Double clickToOpen, boolean human) {

        static final Rates NONE = new Rates(null, null, null, true);
    }

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
        ReportFigures counts =
                switch (definition) {
                    case EVENTS ->
                        new ReportFigures(
                                total(s, EngagementType.SENT),
                                total(s, EngagementType.DELIVERED),
                                total(s, EngagementType.BOUNCED),
                                total(s, EngagementType.UNSUBSCRIBED),
                                total(s, EngagementType.COMPLAINED),
                                total(s, EngagementType.FORWARDED),
                                Rates.NONE);
                    case SENDS_LESS_BOUNCES -> sendsLessBounces(s, check);
                    case DESTINATIONS_AND_DELIVERIES -> destinationsAndDeliveries(s, details, check);
                };
        return counts.withRates(rates(s, counts.delivered(), includeMachine));
    }

    private static ReportFigures sendsLessBounces(CampaignStatistics s, Reconciliation check) {
        long sends = s.of(EngagementType.SENT).unique();
        Long sent = sends > 0 || check == null || check.sent() == null ? sends : check.sent();
        long bounced = s.of(EngagementType.BOUNCED).unique();
        return new ReportFigures(
                sent,
                Math.max(0, sent - bounced),
                bounced,
                s.of(EngagementType.UNSUBSCRIBED).unique(),
                null,
                s.of(EngagementType.FORWARDED).unique(),
                Rates.NONE);
    }

    private static ReportFigures destinationsAndDeliveries(
            CampaignStatistics s, Campaign details, Reconciliation check) {
        Long sent =
                check != null && check.sent() != null ? check.sent() : details == null ? null : details.recipients();
        boolean deliveriesGiven = s.of(EngagementType.DELIVERED).total() > 0
                || check != null
                        && check.types().containsKey(EngagementType.DELIVERED)
                        && check.types().get(EngagementType.DELIVERED).provider() != null;
        return new ReportFigures(
                sent,
                deliveriesGiven ? total(s, EngagementType.DELIVERED) : null,
                total(s, EngagementType.BOUNCED),
                total(s, EngagementType.UNSUBSCRIBED),
                total(s, EngagementType.COMPLAINED),
                null,
                Rates.NONE);
    }

    private static Rates rates(CampaignStatistics s, Long delivered, boolean includeMachine) {
        Count opens =
                includeMachine ? s.of(EngagementType.OPENED) : s.classified().humanOf(EngagementType.OPENED);
        Count clicks =
                includeMachine ? s.of(EngagementType.CLICKED) : s.classified().humanOf(EngagementType.CLICKED);
        long reached = delivered == null ? 0 : delivered;
        return new Rates(
                ratio(opens.unique(), reached),
                ratio(clicks.unique(), reached),
                ratio(clicks.unique(), opens.unique()),
                !includeMachine);
    }

    private ReportFigures withRates(Rates value) {
        return new ReportFigures(sent, delivered, bounced, unsubscribed, complained, forwarded, value);
    }

    private static Long total(CampaignStatistics s, EngagementType type) {
        return s.of(type).total();
    }

    private static Double ratio(long part, long whole) {
        return whole <= 0 ? null : (double) part / whole;
    }
}
