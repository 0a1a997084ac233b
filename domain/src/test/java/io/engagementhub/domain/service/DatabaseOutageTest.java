package io.engagementhub.domain.service;

import static io.engagementhub.domain.testing.EngagementEvents.ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.engagementhub.domain.model.SyncRun;
import io.engagementhub.domain.model.SyncStatus;
import io.engagementhub.domain.port.in.StopSignal;
import io.engagementhub.domain.port.in.SyncAccountCommand;
import io.engagementhub.domain.port.out.EngagementSources;
import io.engagementhub.domain.port.out.EventStoreException;
import io.engagementhub.domain.port.out.StoreUnavailableException;
import io.engagementhub.domain.testing.InMemoryEventStore;
import io.engagementhub.domain.testing.InMemorySuppressionList;
import io.engagementhub.domain.testing.MutableClock;
import io.engagementhub.domain.testing.StubEngagementSource;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The database goes away in the middle of a sync: the run stops at the page it could not store,
 * is recorded FAILED with its reason as soon as the run history can be written again, and the
 * next sync stores exactly what the first one could not.
 */
class DatabaseOutageTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-01T12:00:00Z"));
    private final InMemoryEventStore events = new InMemoryEventStore();
    private final FlakyRunStore runs = new FlakyRunStore();
    private final StubEngagementSource source = SyncServiceTest.threeStreams();

    private SyncService engine(io.engagementhub.domain.port.out.EventStore store, Duration patience) {
        return new SyncService(
                EngagementSources.of(Map.of(ACCOUNT, source)),
                new SyncStores(store, runs, new InMemorySuppressionList()),
                clock,
                SyncSettings.DEFAULTS.withRecordPatience(patience));
    }

    private static Supplier<Throwable> outage() {
        return () -> new StoreUnavailableException("appending events failed (SQL state 08006)", null);
    }

    @Test
    void aRunBrokenOffByAnOutageIsRecordedFailedOnceTheDatabaseIsBackAndTheNextSyncCompletesIt() {
        CrashingEventStore failing = new CrashingEventStore(events, 2, outage());
        runs.failFinalSaves(3);

        SyncRun broken = engine(failing, PATIENCE).sync(ACCOUNT, StopSignal.NEVER);

        assertThat(broken.status()).isEqualTo(SyncStatus.FAILED);
        assertThat(broken.message()).contains("storing events failed", "08006");
        assertThat(runs.refusedFinalSaves()).isEqualTo(3);
        assertThat(runs.find(broken.id())).contains(broken);
        assertThat(events.size()).isEqualTo(20);

        SyncRun next = engine(events, PATIENCE).sync(ACCOUNT, StopSignal.NEVER);

        assertThat(next.status()).isEqualTo(SyncStatus.SUCCEEDED);
        assertThat(events.all()).containsExactlyInAnyOrderElementsOf(source.allEvents());
    }

    @Test
    void aStopRequestEndsTheWaitForTheDatabase() {
        runs.failFinalSaves(Integer.MAX_VALUE);
        SyncService engine = engine(events, PATIENCE);
        SyncRun run = engine.begin(SyncAccountCommand.regular(ACCOUNT));
        AtomicInteger asked = new AtomicInteger();
        // the stop is asked for after the streams were read, while the run waits to be recorded
        StopSignal stopWhileRecording = () -> runs.refusedFinalSaves() > 0 && asked.incrementAndGet() > 0;

        assertThatThrownBy(() -> engine.execute(run, stopWhileRecording)).isInstanceOf(StoreUnavailableException.class);
        assertThat(runs.refusedFinalSaves()).isEqualTo(1);
        assertThat(engine.begin(SyncAccountCommand.regular(ACCOUNT)).id()).isNotEqualTo(run.id());
    }

    @Test
    void withoutPatienceTheFailureIsThrownAtOnce() {
        runs.failFinalSaves(Integer.MAX_VALUE);

        assertThatThrownBy(() -> engine(events, Duration.ZERO).sync(ACCOUNT, StopSignal.NEVER))
                .isInstanceOf(StoreUnavailableException.class);
        assertThat(runs.refusedFinalSaves()).isEqualTo(1);
    }

    @Test
    void aStoreFailureOtherThanAnOutageIsNotRetried() {
        runs.failFinalSavesWith(() -> new EventStoreException("value too long (SQL state 22001)", null));

        assertThatThrownBy(() -> engine(events, PATIENCE).sync(ACCOUNT, StopSignal.NEVER))
                .isInstanceOf(EventStoreException.class)
                .isNotInstanceOf(StoreUnavailableException.class);
        assertThat(runs.refusedFinalSaves()).isEqualTo(1);
    }

    /** A run history that refuses the saves of finished runs a given number of times. */
    private static final class FlakyRunStore extends ForwardingSyncRunStore {

        private int toRefuse;
        private int refused;
        private Supplier<? extends RuntimeException> failure =
                () -> new StoreUnavailableException("saving the run failed (SQL state 08001)", null);

        void failFinalSaves(int times) {
            toRefuse = times;
        }

        void failFinalSavesWith(Supplier<? extends RuntimeException> other) {
            toRefuse = Integer.MAX_VALUE;
            failure = other;
        }

        synchronized int refusedFinalSaves() {
            return refused;
        }

        @Override
        public synchronized void save(SyncRun run) {
            if (run.status() != SyncStatus.RUNNING && refused < toRefuse) {
                refused++;
                throw failure.get();
            }
            super.save(run);
        }
    }
}
