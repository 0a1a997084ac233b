package io.engagementhub.domain.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.engagementhub.domain.model.EngagementType;
import io.engagementhub.domain.model.Measure;
import io.engagementhub.domain.model.Reconciliation;
import io.engagementhub.domain.model.ReconciliationStatus;
import io.engagementhub.domain.model.TypeReconciliation;
import io.engagementhub.domain.port.out.ReconciliationStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** What every {@link ReconciliationStore} must do; extend it with a {@link #newStore()} that is empty. */
public abstract class ReconciliationStoreContract extends StoreContract<ReconciliationStore> {

    private static final String ACCOUNT = "acme";
    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00.123456Z");

    private static TypeReconciliation total(long provider, long stored) {
        return new TypeReconciliation(Measure.TOTAL, provider, stored);
    }

    private static TypeReconciliation unique(long provider, long stored) {
        return new TypeReconciliation(Measure.UNIQUE, provider, stored);
    }

    private static TypeReconciliation storedOnly(long stored) {
        return new TypeReconciliation(null, null, stored);
    }

    /** A check with only the required fields and {@code types}, its status following from them. */
    private static Reconciliation check(
            String account, String campaignId, Instant checkedAt, Map<EngagementType, TypeReconciliation> types) {
        return new Reconciliation(
                account, campaignId, checkedAt, null, null, Reconciliation.statusOf(types), types, null, null, null);
    }

    private static Reconciliation withStatus(String campaignId, int minute, ReconciliationStatus status) {
        Map<EngagementType, TypeReconciliation> types =
                switch (status) {
                    case BEHIND -> Map.of(EngagementType.OPENED, total(10, 7));
                    case AHEAD -> Map.of(EngagementType.OPENED, total(5, 7));
                    case COMPLETE -> Map.of(EngagementType.OPENED, total(7, 7));
                    case UNKNOWN -> Map.of(EngagementType.OPENED, storedOnly(7));
                };
        return check(ACCOUNT, campaignId, T0.plusSeconds(60L * minute), types);
    }

    @Test
    void nothingIsFoundBeforeASave() {
        assertThat(store.find(ACCOUNT, Set.of("c1", "c2"))).isEmpty();
        assertThat(store.find(ACCOUNT, "c1")).isEmpty();
        assertThat(store.find(ACCOUNT, Set.of())).isEmpty();
        assertThat(store.unsettled(ACCOUNT, T0.minusSeconds(3600), 10)).isEmpty();
        assertThat(store.missingEvents(ACCOUNT)).isZero();
    }

    @Test
    void everyFieldSurvivesTheRoundTripExactly() {
        Map<EngagementType, TypeReconciliation> types = Map.of(
                EngagementType.SENT, total(1000, 990),
                EngagementType.OPENED, unique(300, 301),
                EngagementType.CLICKED, total(0, 0),
                EngagementType.BOUNCED, storedOnly(12),
                EngagementType.FORWARDED, storedOnly(0));
        Reconciliation full = new Reconciliation(
                ACCOUNT,
                "c1",
                T0.plusNanos(789),
                T0.minusSeconds(600).plusNanos(1000),
                Long.MAX_VALUE,
                ReconciliationStatus.BEHIND,
                types,
                "a repair on 2026-03-01 did not help: 'ü😀'\n\"still\" behind",
                T0.minusSeconds(86_400).plusNanos(999_999_999),
                T0.minusSeconds(7200));
        Reconciliation sparse = check(ACCOUNT, "c2", Instant.parse("1970-01-01T00:00:00.000001Z"), Map.of());
        store.save(full);
        store.save(sparse);

        assertThat(store.find(ACCOUNT, "c1")).contains(full);
        assertThat(store.find(ACCOUNT, "c1").orElseThrow().types()).isEqualTo(types);
        assertThat(store.find(ACCOUNT, "c2")).contains(sparse);
        assertThat(store.find(ACCOUNT, "c2").orElseThrow().status()).isEqualTo(ReconciliationStatus.UNKNOWN);
    }

    @Test
    void savingAgainReplacesTheCampaignsPreviousCheckOnly() {
        Reconciliation first = check(
                ACCOUNT,
                "c1",
                T0,
                Map.of(
                        EngagementType.SENT, total(10, 5),
                        EngagementType.OPENED, unique(4, 4),
                        EngagementType.CLICKED, storedOnly(2)));
        Reconciliation other = check(ACCOUNT, "c2", T0, Map.of(EngagementType.SENT, total(3, 3)));
        Reconciliation foreign = check("globex", "c1", T0, Map.of(EngagementType.SENT, total(8, 1)));
        store.save(first);
        store.save(other);
        store.save(foreign);
        Reconciliation second = new Reconciliation(
                ACCOUNT,
                "c1",
                T0.plusSeconds(3600),
                null,
                10L,
                ReconciliationStatus.COMPLETE,
                Map.of(EngagementType.DELIVERED, total(10, 10)),
                null,
                null,
                T0.plusSeconds(1800));

        store.save(second);

        assertThat(store.find(ACCOUNT, Set.of("c1", "c2"))).isEqualTo(Map.of("c1", second, "c2", other));
        assertThat(store.find("globex", "c1")).contains(foreign);
    }

    @Test
    void aSparseCheckReplacesAFullOneEntirely() {
        Reconciliation full = new Reconciliation(
                ACCOUNT,
                "c1",
                T0,
                T0.minusSeconds(60),
                500L,
                ReconciliationStatus.BEHIND,
                Map.of(EngagementType.SENT, total(500, 400)),
                "behind after a repair",
                T0.minusSeconds(3600),
                T0.minusSeconds(1800));
        Reconciliation sparse = check(ACCOUNT, "c1", T0.plusSeconds(60), Map.of());
        store.save(full);

        store.save(sparse);

        assertThat(store.find(ACCOUNT, "c1")).contains(sparse);
        assertThat(store.missingEvents(ACCOUNT)).isZero();
    }

    @Test
    void findReturnsTheCheckedAmongSeveralIdsAndNothingOfOtherAccounts() {
        Reconciliation c1 = withStatus("c1", 1, ReconciliationStatus.BEHIND);
        Reconciliation c2 = withStatus("c2", 2, ReconciliationStatus.COMPLETE);
        Reconciliation c3 = withStatus("c3", 3, ReconciliationStatus.UNKNOWN);
        List.of(c1, c2, c3).forEach(store::save);

        assertThat(store.find(ACCOUNT, Set.of("c1", "c3", "unknown"))).isEqualTo(Map.of("c1", c1, "c3", c3));
        assertThat(store.find(ACCOUNT, Set.of("unknown"))).isEmpty();
        assertThat(store.find("globex", Set.of("c1", "c2", "c3"))).isEmpty();
    }

    @Test
    void findTakesManyIdsAtOnce() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 1200; i++) {
            ids.add("c" + i);
        }
        for (int i = 0; i < 1200; i += 100) {
            store.save(withStatus("c" + i, i, ReconciliationStatus.BEHIND));
        }

        assertThat(store.find(ACCOUNT, Set.copyOf(ids))).hasSize(12).containsKeys("c0", "c1100");
    }

    @Test
    void unsettledAreTheAccountsChecksNotCompleteSinceAGivenTimeOldestFirst() {
        Reconciliation tooOld = withStatus("too-old", 0, ReconciliationStatus.BEHIND);
        Reconciliation complete = withStatus("complete", 2, ReconciliationStatus.COMPLETE);
        Reconciliation atSince = withStatus("at-since", 1, ReconciliationStatus.AHEAD);
        Reconciliation behind = withStatus("behind", 3, ReconciliationStatus.BEHIND);
        Reconciliation unknown = withStatus("unknown", 4, ReconciliationStatus.UNKNOWN);
        Reconciliation foreign = new Reconciliation(
                "globex",
                "foreign",
                T0.plusSeconds(150),
                null,
                null,
                ReconciliationStatus.BEHIND,
                Map.of(EngagementType.SENT, total(2, 1)),
                null,
                null,
                null);
        List.of(unknown, complete, foreign, behind, tooOld, atSince).forEach(store::save);
        Instant since = T0.plusSeconds(60);

        assertThat(store.unsettled(ACCOUNT, since, 10)).containsExactly(atSince, behind, unknown);
        assertThat(store.unsettled(ACCOUNT, since, 2)).containsExactly(atSince, behind);
        assertThat(store.unsettled(ACCOUNT, since.plusNanos(1000), 10)).containsExactly(behind, unknown);
        assertThat(store.unsettled("globex", since, 10)).containsExactly(foreign);
        assertThat(store.unsettled("nobody", since, 10)).isEmpty();
    }

    @Test
    void aCheckThatBecameCompleteIsNoLongerUnsettled() {
        store.save(withStatus("c1", 1, ReconciliationStatus.BEHIND));
        store.save(withStatus("c1", 2, ReconciliationStatus.COMPLETE));

        assertThat(store.unsettled(ACCOUNT, T0, 10)).isEmpty();
    }

    @Test
    void unsettledNeedsAPositiveLimit() {
        assertThatThrownBy(() -> store.unsettled(ACCOUNT, T0, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void missingEventsSumOnlyWhatTheProviderCountsBeyondTheStoredOverTheAccountsChecks() {
        Reconciliation c1 = check(
                ACCOUNT,
                "c1",
                T0,
                Map.of(
                        EngagementType.OPENED, total(10, 7),
                        EngagementType.CLICKED, total(2, 5),
                        EngagementType.DELIVERED, storedOnly(40),
                        EngagementType.SENT, total(9, 9)));
        Reconciliation c2 = check(ACCOUNT, "c2", T0, Map.of(EngagementType.SENT, unique(100, 90)));
        Reconciliation ahead = check(ACCOUNT, "c3", T0, Map.of(EngagementType.BOUNCED, total(1, 30)));
        Reconciliation foreign = check("globex", "c1", T0, Map.of(EngagementType.OPENED, total(50, 0)));
        List.of(c1, c2, ahead, foreign).forEach(store::save);

        assertThat(store.missingEvents(ACCOUNT)).isEqualTo(13).isEqualTo(c1.missingEvents() + c2.missingEvents());
        assertThat(store.missingEvents("globex")).isEqualTo(50);
        assertThat(store.missingEvents("nobody")).isZero();
    }

    @Test
    void missingEventsCountOnlyTheLastCheck() {
        store.save(check(ACCOUNT, "c1", T0, Map.of(EngagementType.OPENED, total(10, 7))));
        store.save(check(ACCOUNT, "c1", T0.plusSeconds(60), Map.of(EngagementType.OPENED, total(10, 9))));

        assertThat(store.missingEvents(ACCOUNT)).isEqualTo(1);
    }

    @Test
    void concurrentSavesOfOneCampaignLeaveOneWholeCheck() throws Exception {
        List<Reconciliation> saved = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            saved.add(check(
                    ACCOUNT,
                    "c1",
                    T0.plusSeconds(i),
                    i % 2 == 0
                            ? Map.of(EngagementType.OPENED, total(i, 1), EngagementType.SENT, total(100, i))
                            : Map.of(EngagementType.CLICKED, unique(i, 2))));
        }
        ExecutorService threads = Executors.newFixedThreadPool(saved.size());
        try {
            List<Future<?>> done = new ArrayList<>();
            for (Reconciliation reconciliation : saved) {
                done.add(threads.submit(() -> {
                    for (int round = 0; round < 5; round++) {
                        store.save(reconciliation);
                    }
                }));
            }
            for (Future<?> future : done) {
                future.get();
            }
        } finally {
            threads.shutdownNow();
        }

        assertThat(saved).contains(store.find(ACCOUNT, "c1").orElseThrow());
    }
}
