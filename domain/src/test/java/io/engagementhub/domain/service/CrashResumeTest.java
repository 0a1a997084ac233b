package io.engagementhub.domain.service;

import static io.engagementhub.domain.testing.EngagementEvents.ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.engagementhub.domain.model.Checkpoint;
import io.engagementhub.domain.model.EngagementEvent;
import io.engagementhub.domain.model.SyncRun;
import io.engagementhub.domain.model.SyncStatus;
import io.engagementhub.domain.port.in.StopSignal;
import io.engagementhub.domain.port.out.EngagementSources;
import io.engagementhub.domain.port.out.EventStore;
import io.engagementhub.domain.testing.InMemoryEventStore;
import io.engagementhub.domain.testing.InMemorySuppressionList;
import io.engagementhub.domain.testing.InMemorySyncRunStore;
import io.engagementhub.domain.testing.MutableClock;
import io.engagementhub.domain.testing.StubEngagementSource;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Exactly once across crashes: a process that dies at any page boundary, then restarts and syncs
 * again, ends with exactly the events an uninterrupted sync stores, none lost, none twice.
 */
class CrashResumeTest {

    /** A crash that no code under test may catch, as a killed process would not run any. */
    static final class SimulatedCrash extends Error {
        private static final long serialVersionUID = 1L;
    }

    /** threeStreams() is read in 4 + 2 + 1 pages: 7 appends. */
    static IntStream everyAppend() {
        return IntStream.range(0, 7);
    }

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-01T12:00:00Z"));

    private SyncService freshProcess(StubEngagementSource source, EventStore store) {
        return new SyncService(
                EngagementSources.of(Map.of(ACCOUNT, source)),
                new SyncStores(store, new InMemorySyncRunStore(), new InMemorySuppressionList()),
                clock,
                SyncSettings.DEFAULTS);
    }

    private List<EngagementEvent> uninterrupted() {
        InMemoryEventStore store = new InMemoryEventStore();
        freshProcess(SyncServiceTest.threeStreams(), store).sync(ACCOUNT, StopSignal.NEVER);
        return store.all();
    }

    @ParameterizedTest(name = "crash before append #{0} commits")
    @MethodSource("everyAppend")
    void aCrashBeforeAnyPageCommitsLosesNothingAndDuplicatesNothing(int crashingAppend) {
        assertResumesExactly(crashingAppend, false);
    }

    @ParameterizedTest(name = "crash right after append #{0} commits")
    @MethodSource("everyAppend")
    void aCrashRightAfterAnyPageCommitsLosesNothingAndDuplicatesNothing(int crashingAppend) {
        assertResumesExactly(crashingAppend, true);
    }

    private void assertResumesExactly(int crashingAppend, boolean afterCommit) {
        StubEngagementSource source = SyncServiceTest.threeStreams();
        InMemoryEventStore disk = new InMemoryEventStore();
        EventStore crashing = new CrashingEventStore(disk, crashingAppend, SimulatedCrash::new, afterCommit);

        assertThatThrownBy(() -> freshProcess(source, crashing).sync(ACCOUNT, StopSignal.NEVER))
                .isInstanceOf(SimulatedCrash.class);
        long storedBeforeCrash = disk.size();
        SyncRun afterRestart = freshProcess(source, disk).sync(ACCOUNT, StopSignal.NEVER);

        assertThat(afterRestart.status()).isEqualTo(SyncStatus.SUCCEEDED);
        assertThat(disk.all()).containsExactlyInAnyOrderElementsOf(uninterrupted());
        assertThat(storedBeforeCrash + afterRestart.figures().eventsStored())
                .as("every event counted as newly stored exactly once")
                .isEqualTo(62);
    }

    @Test
    void theEngineStoresEachPageBeforeItReadsTheNextSoMemoryHoldsOnePage() {
        StubEngagementSource source = new StubEngagementSource(100);
        source.add("big", SyncServiceTest.events("big", 20_000));
        InMemoryEventStore disk = new InMemoryEventStore();
        EventStore watching = new PageByPageWitness(disk, source);

        SyncRun run = freshProcess(source, watching).sync(ACCOUNT, StopSignal.NEVER);

        assertThat(run.figures().eventsStored()).isEqualTo(20_000);
        assertThat(source.reads()).isEqualTo(200);
    }

    /** Fails the run if the engine ever reads a second page before storing the first. */
    private static final class PageByPageWitness extends ForwardingEventStore {
        private final StubEngagementSource source;
        private int appends;

        PageByPageWitness(EventStore delegate, StubEngagementSource source) {
            super(delegate);
            this.source = source;
        }

        @Override
        public int append(String account, String streamKey, List<EngagementEvent> events, Checkpoint checkpoint) {
            appends++;
            if (source.reads() != appends) {
                throw new AssertionError("pages read: " + source.reads() + ", pages stored: " + appends);
            }
            return super.append(account, streamKey, events, checkpoint);
        }
    }
}
