package io.engagementhub.domain.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Headline figures mean what each provider's own report means. */
class ReportFiguresTest {

    private static final Instant AT = Instant.parse("2026-11-01T12:00:00Z");

    private static CampaignStatistics stats(Map<EngagementType, Count> byType, Count humanOpens, Count humanClicks) {
        return new CampaignStatistics(
                "acme",
                "c1",
                byType,
                List.of(),
                Map.of(),
                new MachineFigures(
                        Map.of(EngagementType.OPENED, humanOpens, EngagementType.CLICKED, humanClicks),
                        Map.of(),
                        Map.of(),
                        Map.of()));
    }

    /**
     * 400 sends, two auto-replies counted as deliveries, five bounces of four contacts, 180 of whom
     * 99 human openers and 30 of whom 20 human clickers, one opt-out.
     */
    private static CampaignStatistics constantContactCampaign() {
        return stats(
                Map.of(
                        EngagementType.SENT, new Count(400, 400),
                        EngagementType.DELIVERED, new Count(2, 2),
                        EngagementType.BOUNCED, new Count(5, 4),
                        EngagementType.OPENED, new Count(300, 180),
                        EngagementType.CLICKED, new Count(60, 30),
                        EngagementType.UNSUBSCRIBED, new Count(1, 1)),
                new Count(200, 99),
                new Count(40, 20));
    }

    @Test
    void constantContactDeliveredIsSendsLessBouncesWhateverTheAutoRepliesAre() {
        CampaignStatistics s = constantContactCampaign();

        ReportFigures f = ReportFigures.of(ReportDefinition.SENDS_LESS_BOUNCES, s, null, null, false);

        assertThat(f.sent()).isEqualTo(400);
        assertThat(f.bounced()).as("contacts that bounced").isEqualTo(4);
        assertThat(f.delivered()).isEqualTo(396);
        assertThat(f.complained())
                .as("not in Constant Contact's tracking reports")
                .isNull();
        assertThat(f.unsubscribed()).isEqualTo(1);
        assertThat(f.rates().open()).isEqualTo(99 / 396.0);
        assertThat(f.rates().click()).isEqualTo(20 / 396.0);
        assertThat(f.rates().clickToOpen()).isEqualTo(20 / 99.0);
        assertThat(f.rates().human()).isTrue();
        assertThat(ReportFigures.of(ReportDefinition.SENDS_LESS_BOUNCES, s, null, null, true)
                        .rates()
                        .open())
                .isEqualTo(180 / 396.0);
    }

    @Test
    void copernicaSentIsTheEmailingsDestinationsAndDeliveredItsDeliveries() {
        CampaignStatistics s = stats(
                Map.of(
                        EngagementType.DELIVERED, new Count(990, 990),
                        EngagementType.BOUNCED, new Count(12, 10),
                        EngagementType.OPENED, new Count(700, 400),
                        EngagementType.COMPLAINED, new Count(1, 1)),
                new Count(300, 200),
                Count.ZERO);
        Reconciliation check = new Reconciliation(
                "acme",
                "c1",
                AT,
                null,
                1000L,
                ReconciliationStatus.COMPLETE,
                Map.of(EngagementType.DELIVERED, new TypeReconciliation(Measure.TOTAL, 990L, 990)),
                null,
                null,
                null);
        Campaign details = new Campaign("acme", "c1", "Spring", null, AT, 998L);

        ReportFigures checked =
                ReportFigures.of(ReportDefinition.DESTINATIONS_AND_DELIVERIES, s, details, check, false);
        ReportFigures unchecked =
                ReportFigures.of(ReportDefinition.DESTINATIONS_AND_DELIVERIES, s, details, null, false);

        assertThat(checked.sent()).as("the statistics' destinations").isEqualTo(1000);
        assertThat(unchecked.sent())
                .as("the emailing's destinations until checked")
                .isEqualTo(998);
        assertThat(checked.delivered()).isEqualTo(990);
        assertThat(checked.bounced()).isEqualTo(12);
        assertThat(checked.complained()).isEqualTo(1);
        assertThat(checked.forwarded()).as("Copernica has no forward feature").isNull();
        assertThat(checked.rates().open()).isEqualTo(200 / 990.0);
    }

    @Test
    void aPublisherEmailingWithoutDeliveriesHasNoDeliveredFigureAndNoRatesOverIt() {
        CampaignStatistics s = stats(
                Map.of(EngagementType.OPENED, new Count(70, 40), EngagementType.CLICKED, new Count(9, 8)),
                new Count(70, 40),
                new Count(9, 8));

        ReportFigures f = ReportFigures.of(ReportDefinition.DESTINATIONS_AND_DELIVERIES, s, null, null, false);

        assertThat(f.sent()).isNull();
        assertThat(f.delivered()).isNull();
        assertThat(f.rates().open()).isNull();
        assertThat(f.rates().click()).isNull();
        assertThat(f.rates().clickToOpen()).isEqualTo(8 / 40.0);
    }

    @Test
    void aListingLineHasTheRatesOfItsDetailPageOnHumanAndOnAllOpensAndClicks() {
        CampaignStatistics s = constantContactCampaign();
        CampaignSummary summary = CampaignSummary.of(new Campaign("acme", "c1", "Spring", null, AT, 400L), s);

        ReportFigures human = ReportFigures.of(ReportDefinition.SENDS_LESS_BOUNCES, summary, null, false);
        ReportFigures all = ReportFigures.of(ReportDefinition.SENDS_LESS_BOUNCES, summary, null, true);

        assertThat(human.rates())
                .isEqualTo(ReportFigures.of(ReportDefinition.SENDS_LESS_BOUNCES, s, null, null, false)
                        .rates());
        assertThat(all.rates())
                .isEqualTo(ReportFigures.of(ReportDefinition.SENDS_LESS_BOUNCES, s, null, null, true)
                        .rates());
        assertThat(all.rates().open()).isEqualTo(180 / 396.0);
        assertThat(all.rates().human()).isFalse();
        assertThat(human.rates().click()).isEqualTo(20 / 396.0);
        assertThat(human.complained()).as("a listing has no complaints").isNull();
    }
}
