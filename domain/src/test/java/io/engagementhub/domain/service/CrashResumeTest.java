package io.engagementhub.domain.service;

import static io.engagementhub.domain.testing.EngagementEvents.ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

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
import java.time.Duration;
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
    void theEngineReadsAtMostOnePageAheadOfWhatItStoresSoMemoryHoldsTwoPages() {
        StubEngagementSource source = new StubEngagementSource(100);
        source.add("big", SyncServiceTest.events("big", 20_000));
        InMemoryEventStore disk = new InMemoryEventStore();
        PageByPageWitness watching = new PageByPageWitness(disk, source, 200);

        SyncRun run = freshProcess(source, watching).sync(ACCOUNT, StopSignal.NEVER);

        assertThat(run.figures().eventsStored()).isEqualTo(20_000);
        assertThat(source.reads()).isEqualTo(200);
    }

    /**
     * Fails the run if the engine ever reads two pages ahead of the page it stores, or stores a
     * page (but the last) without reading the next meanwhile.
     */
    private static final class PageByPageWitness extends ForwardingEventStore {
        private final StubEngagementSource source;
        private final int pages;
        private int appends;

        PageByPageWitness(EventStore delegate, StubEngagementSource source, int pages) {
            super(delegate);
            this.source = source;
            this.pages = pages;
        }

        @Override
        public int append(String account, String streamKey, List<EngagementEvent> events, Checkpoint checkpoint) {
            int stored = ++appends;
            if (stored < pages) {
                await("page " + (stored + 1) + " read while page " + stored + " is stored")
                        .atMost(Duration.ofSeconds(10))
                        .until(() -> source.reads() > stored);
            }
            if (source.reads() > stored + 1) {
                throw new AssertionError("pages read: " + source.reads() + ", pages stored: " + stored);
            }
            return super.append(account, streamKey, events, checkpoint);
        }
    }
}
