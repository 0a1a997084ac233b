package io.engagementhub.domain.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.engagementhub.domain.model.StreamFailure;
import io.engagementhub.domain.model.SyncFigures;
import io.engagementhub.domain.model.SyncRun;
import io.engagementhub.domain.model.SyncRunId;
import io.engagementhub.domain.model.SyncStatus;
import io.engagementhub.domain.model.SyncTarget;
import io.engagementhub.domain.port.out.SyncRunStore;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What every {@link SyncRunStore} must do; extend it with a {@link #newStore()} that is empty. */
public abstract class SyncRunStoreContract extends StoreContract<SyncRunStore> {

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00.123456Z");

    @Test
    void aSavedRunIsFoundAsItWas() {
        SyncRun run = SyncRun.started(SyncRunId.random(), "acme", T0).ranBy("worker-1");
        store.save(run);

        assertThat(store.find(run.id())).contains(run);
        assertThat(store.find(SyncRunId.random())).isEmpty();
    }

    @Test
    void theTargetOfATargetedRunSurvivesTheRoundTrip() {
        SyncRun ranged = SyncRun.started(
                        SyncRunId.random(), "acme", T0, new SyncTarget(T0.minusSeconds(86_400), T0, null))
                .ranBy("worker-1");
        SyncRun campaign = SyncRun.started(SyncRunId.random(), "acme", T0, new SyncTarget(null, null, "1002"))
                .ranBy("worker-1")
                .finished(SyncStatus.SUCCEEDED, T0.plusSeconds(5), SyncFigures.NONE, List.of(), null);
        store.save(ranged);
        store.save(campaign);

        assertThat(store.find(ranged.id())).contains(ranged);
        assertThat(store.find(campaign.id())).contains(campaign);
    }

    @Test
    void whetherATargetedRunWasARepairSurvivesTheRoundTrip() {
        SyncRun repair = SyncRun.started(SyncRunId.random(), "acme", T0, SyncTarget.repairOf("1002"))
                .ranBy("worker-1");
        SyncRun asked = SyncRun.started(
                        SyncRunId.random(), "acme", T0.plusSeconds(1), new SyncTarget(null, null, "1002"))
                .ranBy("worker-1");
        store.save(repair);
        store.save(asked);

        assertThat(store.find(repair.id())).contains(repair);
        assertThat(store.find(repair.id()).orElseThrow().target().repair()).isTrue();
        assertThat(store.find(asked.id()).orElseThrow().target().repair()).isFalse();
    }

    @Test
    void savingAFinishedRunReplacesTheRunningOne() {
        SyncRun running = SyncRun.started(SyncRunId.random(), "acme", T0).ranBy("worker-1");
        store.save(running);
        SyncRun finished = running.finished(
                SyncStatus.PARTIAL,
                T0.plusSeconds(90),
                new SyncFigures(12, 3000, 2990, 1, 4, 10, 1, 2),
                List.of(
                        new StreamFailure("ms/clicks", "provider unavailable: HTTP 503"),
                        new StreamFailure("ms/errors", "truncated page")),
                "stopped on request");
        store.save(finished);

        assertThat(store.find(running.id())).contains(finished);
        assertThat(store.recent("acme", 10)).containsExactly(finished);
    }

    @Test
    void recentRunsAreTheAccountsNewestFirst() {
        SyncRun first = SyncRun.started(SyncRunId.random(), "acme", T0).ranBy("worker-1");
        SyncRun second =
                SyncRun.started(SyncRunId.random(), "acme", T0.plusSeconds(60)).ranBy("worker-1");
        SyncRun third =
                SyncRun.started(SyncRunId.random(), "acme", T0.plusSeconds(120)).ranBy("worker-1");
        SyncRun foreign = SyncRun.started(SyncRunId.random(), "globex", T0.plusSeconds(30))
                .ranBy("worker-1");
        List.of(second, foreign, third, first).forEach(store::save);

        assertThat(store.recent("acme", 10)).containsExactly(third, second, first);
        assertThat(store.recent("acme", 2)).containsExactly(third, second);
        assertThat(store.recent("nobody", 10)).isEmpty();
    }
}
