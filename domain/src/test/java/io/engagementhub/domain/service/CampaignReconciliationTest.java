package io.engagementhub.domain.service;

import static io.engagementhub.domain.testing.EngagementEvents.ACCOUNT;
import static io.engagementhub.domain.testing.EngagementEvents.CAMPAIGN;
import static io.engagementhub.domain.testing.EngagementEvents.T0;
import static org.assertj.core.api.Assertions.assertThat;

import io.engagementhub.domain.model.EngagementEvent;
import io.engagementhub.domain.model.EngagementType;
import io.engagementhub.domain.model.EventId;
import io.engagementhub.domain.model.Measure;
import io.engagementhub.domain.model.ProviderCount;
import io.engagementhub.domain.model.ProviderTotals;
import io.engagementhub.domain.model.Recipient;
import io.engagementhub.domain.model.Reconciliation;
import io.engagementhub.domain.model.ReconciliationStatus;
import io.engagementhub.domain.model.SyncRun;
import io.engagementhub.domain.model.SyncStatus;
import io.engagementhub.domain.model.TypeReconciliation;
import io.engagementhub.domain.port.in.StopSignal;
import io.engagementhub.domain.port.out.EngagementSourceException;
import io.engagementhub.domain.port.out.EngagementSources;
import io.engagementhub.domain.testing.EngagementEvents;
import io.engagementhub.domain.testing.InMemoryCampaignStore;
import io.engagementhub.domain.testing.InMemoryEventStore;
import io.engagementhub.domain.testing.InMemoryReconciliationStore;
import io.engagementhub.domain.testing.InMemorySuppressionList;
import io.engagementhub.domain.testing.InMemorySyncRunStore;
import io.engagementhub.domain.testing.MutableClock;
import io.engagementhub.domain.testing.StubEngagementSource;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Checking campaigns against the provider's own totals during syncs, and repairing the gaps. */
class CampaignReconciliationTest {

    private static final Duration GRACE = Duration.ofMinutes(30);
    private static final Duration REPAIR_EVERY = Duration.ofHours(6);

    private final MutableClock clock = new MutableClock(T0.plus(Duration.ofDays(1)));
    private final InMemoryEventStore events = new InMemoryEventStore();
    private final InMemorySyncRunStore runs = new InMemorySyncRunStore();
    private final InMemoryReconciliationStore checks = new InMemoryReconciliationStore();
    private final StubEngagementSource source = new StubEngagementSource(10);
    private final List<SyncRun> repairs = new ArrayList<>();
    private final SyncService engine = new SyncService(
                    EngagementSources.of(Map.of(ACCOUNT, source)),
                    new SyncStores(
                            events, runs, new InMemorySuppressionList(), new InMemoryCampaignStore(events), checks),
                    clock,
                    SyncSettings.DEFAULTS.withReconciliation(
                            new ReconciliationSettings(GRACE, REPAIR_EVERY, Duration.ofDays(30), 200)))
            .reportingRepairsTo(repairs::add);

    @Test
    void aCampaignWhoseStoredEventsEqualTheProvidersTotalsIsComplete() {
        source.add("opens", opens(0, 12)).add("clicks", clicks(0, 5));
        source.reportTotals(totals(Map.of(
                EngagementType.OPENED, ProviderCount.total(12), EngagementType.CLICKED, ProviderCount.unique(5))));

        SyncRun run = sync();

        Reconciliation check = check();
        assertThat(check.status()).isEqualTo(ReconciliationStatus.COMPLETE);
        assertThat(check.types().get(EngagementType.OPENED)).isEqualTo(new TypeReconciliation(Measure.TOTAL, 12L, 12));
        assertThat(check.types().get(EngagementType.CLICKED)).isEqualTo(new TypeReconciliation(Measure.UNIQUE, 5L, 5));
        assertThat(check.checkedAt()).isEqualTo(clock.instant());
        assertThat(run.figures().requests())
                .as("the totals' request is counted in the run")
                .isEqualTo(1 + 2 + 1 + 1); // discovery, two pages of opens, one of clicks, the totals
        assertThat(repairs).isEmpty();
    }

    @Test
    void eventsTheListsWithholdAreMissingAndARepairAfterTheGraceStoresThemOnce() {
        List<EngagementEvent> withheld = opens(100, 3);
        twelveOpensTheProviderCountsAs(15);

        sync();
        assertThat(check().status()).isEqualTo(ReconciliationStatus.BEHIND);
        assertThat(check().types().get(EngagementType.OPENED).missing()).isEqualTo(3L);
        assertThat(checks.missingEvents(ACCOUNT)).isEqualTo(3);

        syncAfter(GRACE.minusMinutes(1));
        assertThat(repairs)
                .as("within the grace period the totals may just lag")
                .isEmpty();

        source.insertFirst("opens", withheld); // released late, with their old ids and times
        SyncRun regular = syncAfter(Duration.ofMinutes(2));

        assertThat(regular.figures().eventsStored())
                .as("behind the checkpoint: a regular sync misses them")
                .isZero();
        assertThat(repairs).hasSize(1);
        SyncRun repair = repairs.get(0);
        assertThat(repair.status()).isEqualTo(SyncStatus.SUCCEEDED);
        assertThat(repair.target().repair()).isTrue();
        assertThat(repair.target().campaignId()).isEqualTo(CAMPAIGN);
        assertThat(repair.figures().eventsStored()).isEqualTo(3);
        assertThat(runs.find(repair.id())).contains(repair);
        assertThat(events.all()).hasSize(15).containsAll(withheld);
        assertThat(check().status()).isEqualTo(ReconciliationStatus.COMPLETE);
        assertThat(check().repairedAt()).isEqualTo(clock.instant());
        assertThat(checks.missingEvents(ACCOUNT)).isZero();

        syncAfter(Duration.ofMinutes(15));
        assertThat(repairs).as("a complete campaign is not re-read").hasSize(1);
        assertThat(events.all()).hasSize(15);
    }

    @Test
    void aGapTheListsCannotFillStaysBehindWithItsReasonAndIsNotReReadBeforeTheRepairInterval() {
        twelveOpensTheProviderCountsAs(14);
        sync();
        syncAfter(GRACE);
        assertThat(repairs).hasSize(1);
        assertThat(check().status()).isEqualTo(ReconciliationStatus.BEHIND);
        assertThat(check().reason()).contains("still behind after the re-read").contains("lists do not hold");

        for (int i = 0; i < 5; i++) {
            syncAfter(Duration.ofMinutes(15));
        }
        assertThat(repairs).as("no loop: one repair per interval").hasSize(1);
        assertThat(check().reason()).contains("still behind after the re-read");

        syncAfter(REPAIR_EVERY);
        assertThat(repairs).hasSize(2);
        assertThat(events.all()).hasSize(12);
    }

    @Test
    void aProviderTotalBelowTheStoredCountIsAheadAndNotRepaired() {
        twelveOpensTheProviderCountsAs(10);

        sync();
        syncAfter(GRACE.multipliedBy(3));

        assertThat(check().status()).isEqualTo(ReconciliationStatus.AHEAD);
        assertThat(check().types().get(EngagementType.OPENED).missing()).isEqualTo(-2L);
        assertThat(checks.missingEvents(ACCOUNT)).isZero();
        assertThat(repairs).isEmpty();
    }

    @Test
    void aTypeWithoutAProviderTotalIsUnknownNotMissing() {
        source.add("opens", opens(0, 12)).add("clicks", clicks(0, 4));
        source.reportTotals(totals(Map.of(EngagementType.OPENED, ProviderCount.total(12))));

        sync();

        Reconciliation check = check();
        assertThat(check.status()).isEqualTo(ReconciliationStatus.COMPLETE);
        TypeReconciliation clicks = check.types().get(EngagementType.CLICKED);
        assertThat(clicks.status()).isEqualTo(ReconciliationStatus.UNKNOWN);
        assertThat(clicks.missing()).isNull();
        assertThat(clicks.stored()).isEqualTo(4);
    }

    @Test
    void aCampaignTheProviderHasNoTotalsForIsUnknownAndNotAskedAgainUntilItsEventsChange() {
        source.add("opens", opens(0, 12));

        sync();
        assertThat(check().status()).isEqualTo(ReconciliationStatus.UNKNOWN);
        assertThat(check().reason()).contains("no totals");

        syncAfter(Duration.ofMinutes(15));
        assertThat(source.totalsAsked())
                .as("nothing changed and nothing to settle")
                .hasSize(1);

        source.add("opens", opens(50, 1));
        syncAfter(Duration.ofMinutes(15));
        assertThat(source.totalsAsked()).hasSize(2);
    }

    @Test
    void aNoChangeReSyncOfCompleteCampaignsReadsNoTotals() {
        twelveOpensTheProviderCountsAs(12);
        sync();

        SyncRun again = syncAfter(Duration.ofMinutes(15));

        assertThat(source.totalsAsked()).containsExactly(Set.of(CAMPAIGN));
        assertThat(again.figures().requests())
                .as("discovery and one page per stream")
                .isEqualTo(1 + 1);
    }

    @Test
    void failingToReadTheTotalsFailsThatStepAloneAndKeepsTheEvents() {
        source.add("opens", opens(0, 12));
        source.failTotals(() -> new EngagementSourceException("statistics page was not JSON"));

        SyncRun run = sync();

        assertThat(run.status()).isEqualTo(SyncStatus.PARTIAL);
        assertThat(run.failures()).singleElement().satisfies(failure -> {
            assertThat(failure.streamKey()).isEqualTo(AccountSync.TOTALS);
            assertThat(failure.reason()).contains("statistics page was not JSON");
        });
        assertThat(events.all()).hasSize(12);
        assertThat(checks.find(ACCOUNT, CAMPAIGN)).isEmpty();
    }

    private SyncRun sync() {
        return engine.sync(ACCOUNT, StopSignal.NEVER);
    }

    /** Lets {@code wait} pass on the clock, then syncs. */
    private SyncRun syncAfter(Duration wait) {
        clock.advance(wait);
        return sync();
    }

    private Reconciliation check() {
        return checks.find(ACCOUNT, CAMPAIGN).orElseThrow();
    }

    /** Twelve opens at the source, whose totals count {@code total} opens. */
    private void twelveOpensTheProviderCountsAs(long total) {
        source.add("opens", opens(0, 12));
        source.reportTotals(totals(Map.of(EngagementType.OPENED, ProviderCount.total(total))));
    }

    private ProviderTotals totals(Map<EngagementType, ProviderCount> counts) {
        return new ProviderTotals(CAMPAIGN, T0, null, counts);
    }

    private static List<EngagementEvent> opens(int first, int count) {
        return events(EngagementEvents.anOpen(), "o", first, count);
    }

    private static List<EngagementEvent> clicks(int first, int count) {
        return events(EngagementEvents.aClick(), "c", first, count);
    }

    private static List<EngagementEvent> events(
            io.engagementhub.domain.model.EngagementEventBuilder template, String kind, int first, int count) {
        List<EngagementEvent> list = new ArrayList<>();
        for (int i = first; i < first + count; i++) {
            list.add(template.id(EventId.of("stub", kind, Integer.toString(i)))
                    .recipient(new Recipient("r" + i, null, null, null))
                    .occurredAt(T0.plusSeconds(i))
                    .build());
        }
        return list;
    }
}
