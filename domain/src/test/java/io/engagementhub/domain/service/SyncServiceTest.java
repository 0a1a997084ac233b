package io.engagementhub.domain.service;

import static io.engagementhub.domain.testing.EngagementEvents.ACCOUNT;
import static io.engagementhub.domain.testing.EngagementEvents.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.engagementhub.domain.model.EngagementEvent;
import io.engagementhub.domain.model.EventId;
import io.engagementhub.domain.model.StreamFailure;
import io.engagementhub.domain.model.SyncRun;
import io.engagementhub.domain.model.SyncStatus;
import io.engagementhub.domain.port.in.StopSignal;
import io.engagementhub.domain.port.in.SyncAccountCommand;
import io.engagementhub.domain.port.in.SyncAlreadyRunningException;
import io.engagementhub.domain.port.in.UnknownAccountException;
import io.engagementhub.domain.port.out.AccessDeniedException;
import io.engagementhub.domain.port.out.EngagementSourceException;
import io.engagementhub.domain.port.out.EngagementSources;
import io.engagementhub.domain.port.out.EventStore;
import io.engagementhub.domain.port.out.QuotaExhaustedException;
import io.engagementhub.domain.testing.EngagementEvents;
import io.engagementhub.domain.testing.InMemoryEventStore;
import io.engagementhub.domain.testing.InMemorySuppressionList;
import io.engagementhub.domain.testing.InMemorySyncRunStore;
import io.engagementhub.domain.testing.MutableClock;
import io.engagementhub.domain.testing.StubEngagementSource;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SyncServiceTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-01T12:00:00Z"));
    private final InMemoryEventStore store = new InMemoryEventStore();
    private final InMemorySyncRunStore runs = new InMemorySyncRunStore();

    static List<EngagementEvent> events(String stream, int count) {
        List<EngagementEvent> events = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            events.add(EngagementEvents.anOpen()
                    .id(EventId.of("stub", stream.replace('/', '-'), Integer.toString(i)))
                    .occurredAt(T0.plusSeconds(i))
                    .build());
        }
        return events;
    }

    static StubEngagementSource threeStreams() {
        return new StubEngagementSource(10)
                .add("ms/clicks", events("ms/clicks", 35))
                .add("ms/opens", events("ms/opens", 20))
                .add("publisher/clicks", events("publisher/clicks", 7));
    }

    private SyncService engine(StubEngagementSource source, EventStore eventStore) {
        return new SyncService(
                EngagementSources.of(Map.of(ACCOUNT, source)),
                new SyncStores(eventStore, runs, new InMemorySuppressionList()),
                clock,
                SyncSettings.DEFAULTS);
    }

    @Test
    void aFullSyncStoresEveryEventOfEveryStreamAndReportsItsFigures() {
        StubEngagementSource source = threeStreams();

        SyncRun run = engine(source, store).sync(ACCOUNT, StopSignal.NEVER);

        assertThat(run.status()).isEqualTo(SyncStatus.SUCCEEDED);
        assertThat(store.all()).containsExactlyInAnyOrderElementsOf(source.allEvents());
        assertThat(run.figures().eventsRead()).isEqualTo(62);
        assertThat(run.figures().eventsStored()).isEqualTo(62);
        assertThat(run.figures().streamsDone()).isEqualTo(3);
        // discovery + 4 + 2 + 1 pages (a stream of 20 in pages of 10 needs no empty third page here)
        assertThat(run.figures().requests()).isEqualTo(1 + 4 + 2 + 1);
        assertThat(run.finishedAt()).isEqualTo(clock.instant());
        assertThat(runs.find(run.id())).contains(run);
    }

    @Test
    void aRunningRunIsSavedWithItsFiguresAfterEveryPage() {
        List<SyncRun> saved = new ArrayList<>();
        SyncService engine = new SyncService(
                EngagementSources.of(Map.of(ACCOUNT, threeStreams())),
                new SyncStores(store, new RecordingRunStore(saved), new InMemorySuppressionList()),
                clock,
                SyncSettings.DEFAULTS);

        SyncRun run = engine.sync(ACCOUNT, StopSignal.NEVER);

        List<Long> storedWhileRunning = saved.stream()
                .filter(r -> r.status() == SyncStatus.RUNNING)
                .map(r -> r.figures().eventsStored())
                .toList();
        assertThat(storedWhileRunning).containsExactly(0L, 0L, 10L, 20L, 30L, 35L, 45L, 55L, 62L);
        assertThat(saved.get(saved.size() - 1)).isEqualTo(run);
        assertThat(saved).allSatisfy(r -> assertThat(r.id()).isEqualTo(run.id()));
    }

    @Test
    void aRerunWithNothingNewStoresNothing() {
        StubEngagementSource source = threeStreams();
        SyncService engine = engine(source, store);
        engine.sync(ACCOUNT, StopSignal.NEVER);

        SyncRun again = engine.sync(ACCOUNT, StopSignal.NEVER);

        assertThat(again.status()).isEqualTo(SyncStatus.SUCCEEDED);
        assertThat(again.figures().eventsStored()).isZero();
        assertThat(store.size()).isEqualTo(62);
    }

    @Test
    void aRerunReadsOnlyWhatWasAddedSinceTheCheckpoint() {
        StubEngagementSource source = threeStreams();
        SyncService engine = engine(source, store);
        engine.sync(ACCOUNT, StopSignal.NEVER);
        List<EngagementEvent> more = events("ms/opens", 25).subList(20, 25);
        source.add("ms/opens", more);

        SyncRun again = engine.sync(ACCOUNT, StopSignal.NEVER);

        assertThat(again.figures().eventsRead()).isEqualTo(5);
        assertThat(again.figures().eventsStored()).isEqualTo(5);
        assertThat(store.all()).containsAll(more).hasSize(67);
    }

    @Test
    void streamsWhoseFingerprintDidNotChangeAreSkippedWithoutAnyRead() {
        StubEngagementSource source =
                new StubEngagementSource(10, true).add("a", events("a", 15)).add("b", events("b", 5));
        SyncService engine = engine(source, store);
        engine.sync(ACCOUNT, StopSignal.NEVER);
        int readsAfterFirstSync = source.reads();
        source.add("b", events("b", 6).subList(5, 6));

        SyncRun again = engine.sync(ACCOUNT, StopSignal.NEVER);

        assertThat(source.reads() - readsAfterFirstSync).isEqualTo(1);
        assertThat(again.figures().streamsUnchanged()).isEqualTo(1);
        assertThat(again.figures().streamsDone()).isEqualTo(1);
        assertThat(again.figures().eventsStored()).isEqualTo(1);
        assertThat(again.figures().requests()).isEqualTo(2);
    }

    /** A provider's failure, and an unexpected error (a bug) in a stream: each stays in its stream. */
    static Stream<Arguments> streamFailures() {
        Supplier<RuntimeException> unavailable =
                () -> new EngagementSourceException("HTTP 503 from provider after 5 attempts");
        Supplier<RuntimeException> bug = () -> new IllegalStateException("mapper bug");
        return Stream.of(
                Arguments.of("ms/opens", 10, unavailable, "HTTP 503 from provider after 5 attempts", 35 + 10 + 7),
                Arguments.of("ms/clicks", 0, bug, "IllegalStateException: mapper bug", 20 + 7));
    }

    @ParameterizedTest(name = "{0} at {1}: {3}")
    @MethodSource("streamFailures")
    void aFailingStreamDoesNotStopTheOthersAndIsReportedWithItsReason(
            String stream, int offset, Supplier<RuntimeException> failure, String reason, int stored) {
        StubEngagementSource source = threeStreams();
        source.failAt(stream, offset, failure);

        SyncRun run = engine(source, store).sync(ACCOUNT, StopSignal.NEVER);

        assertThat(run.status()).isEqualTo(SyncStatus.PARTIAL);
        assertThat(run.failures()).containsExactly(new StreamFailure(stream, reason));
        assertThat(run.figures().streamsDone()).isEqualTo(2);
        assertThat(run.figures().streamsFailed()).isEqualTo(1);
        assertThat(store.size()).isEqualTo(stored);
    }

    @Test
    void aFailedStreamResumesFromItsLastCheckpointInTheNextRun() {
        StubEngagementSource source = threeStreams();
        source.failAt("ms/clicks", 20, () -> new EngagementSourceException("truncated page"));
        SyncService engine = engine(source, store);
        engine.sync(ACCOUNT, StopSignal.NEVER);
        source.heal();

        SyncRun next = engine.sync(ACCOUNT, StopSignal.NEVER);

        assertThat(next.status()).isEqualTo(SyncStatus.SUCCEEDED);
        assertThat(next.figures().eventsStored()).isEqualTo(15);
        assertThat(store.all()).containsExactlyInAnyOrderElementsOf(source.allEvents());
    }

    @Test
    void whenEveryStreamFailsTheRunFailed() {
        StubEngagementSource source = new StubEngagementSource(10).add("only", events("only", 3));
        source.failAt("only", 0, () -> new EngagementSourceException("HTTP 500"));

        SyncRun run = engine(source, store).sync(ACCOUNT, StopSignal.NEVER);

        assertThat(run.status()).isEqualTo(SyncStatus.FAILED);
    }

    @Test
    void deniedAccessEndsTheWholeRunAsFailedNamingTheAccount() {
        StubEngagementSource source = threeStreams();
        source.failAt("ms/opens", 0, () -> new AccessDeniedException("invalid access token"));

        SyncRun run = engine(source, store).sync(ACCOUNT, StopSignal.NEVER);

        assertThat(run.status()).isEqualTo(SyncStatus.FAILED);
        assertThat(run.message()).contains("'" + ACCOUNT + "'").contains("invalid access token");
        assertThat(store.size()).as("streams after the denial are not read").isEqualTo(35);
    }

    @Test
    void anExhaustedQuotaEndsTheRunCleanlySayingWhenItResets() {
        StubEngagementSource source = threeStreams();
        Instant reset = Instant.parse("2026-11-02T00:00:00Z");
        source.failAt("ms/opens", 10, () -> new QuotaExhaustedException("daily quota used", reset));
        SyncService engine = engine(source, store);

        SyncRun run = engine.sync(ACCOUNT, StopSignal.NEVER);

        assertThat(run.status()).isEqualTo(SyncStatus.PARTIAL);
        assertThat(run.message()).contains(reset.toString());
        assertThat(run.failures()).isEmpty();
        assertThat(store.size()).isEqualTo(35 + 10);
        source.heal();
        assertThat(engine.sync(ACCOUNT, StopSignal.NEVER).figures().eventsStored())
                .isEqualTo(10 + 7);
    }

    @Test
    void aStopRequestEndsTheRunBetweenPagesAndTheNextRunResumes() {
        StubEngagementSource source = threeStreams();
        SyncService engine = engine(source, store);
        // two pages of ten stored (the third may be read ahead meanwhile; it is dropped, not stored)
        StopSignal afterTwoPages = () -> store.size() >= 20;

        SyncRun stopped = engine.sync(ACCOUNT, afterTwoPages);

        assertThat(stopped.status()).isEqualTo(SyncStatus.PARTIAL);
        assertThat(stopped.message()).contains("stopped on request");
        assertThat(store.size()).isEqualTo(20);
        SyncRun resumed = engine.sync(ACCOUNT, StopSignal.NEVER);
        assertThat(resumed.status()).isEqualTo(SyncStatus.SUCCEEDED);
        assertThat(store.all()).containsExactlyInAnyOrderElementsOf(source.allEvents());
    }

    @Test
    void aStorageFailureFailsTheRunAndMovesNoCheckpoint() {
        StubEngagementSource source = threeStreams();
        CrashingEventStore broken = new CrashingEventStore(store, 1, () -> new IllegalStateException("disk full"));

        SyncRun run = engine(source, broken).sync(ACCOUNT, StopSignal.NEVER);

        assertThat(run.status()).isEqualTo(SyncStatus.FAILED);
        assertThat(run.message()).contains("storing events failed").contains("disk full");
        assertThat(store.checkpoints(ACCOUNT)).containsOnlyKeys("ms/clicks");
    }

    @Test
    void oneRunPerAccountAtATime() {
        SyncService engine = engine(threeStreams(), store);
        SyncRun first = engine.begin(SyncAccountCommand.regular(ACCOUNT));

        assertThatThrownBy(() -> engine.begin(SyncAccountCommand.regular(ACCOUNT)))
                .isInstanceOfSatisfying(SyncAlreadyRunningException.class, e -> assertThat(e.running())
                        .isEqualTo(first));
        assertThat(runs.find(first.id()).orElseThrow().status()).isEqualTo(SyncStatus.RUNNING);
        engine.execute(first, StopSignal.NEVER);
        assertThat(engine.begin(SyncAccountCommand.regular(ACCOUNT))).isNotEqualTo(first);
    }

    @Test
    void anUnknownAccountIsRejectedByName() {
        assertThatThrownBy(() -> engine(threeStreams(), store).begin(SyncAccountCommand.regular("nobody")))
                .isInstanceOf(UnknownAccountException.class)
                .hasMessageContaining("'nobody'");
    }

    @Test
    void aStreamThatNeverEndsIsCutOffByThePageGuard() {
        StubEngagementSource source = new StubEngagementSource(1).add("endless", events("endless", 50));
        SyncService engine = new SyncService(
                EngagementSources.of(Map.of(ACCOUNT, source)),
                new SyncStores(store, runs, new InMemorySuppressionList()),
                clock,
                new SyncSettings(5));

        SyncRun run = engine.sync(ACCOUNT, StopSignal.NEVER);

        assertThat(run.failures()).singleElement().satisfies(f -> assertThat(f.reason())
                .contains("more than 5 pages"));
        assertThat(store.size()).isEqualTo(5);
    }

    @Test
    void runsLeftRunningByAPreviousProcessAreMarkedFailedAtStartup() {
        SyncRun leftOver = engine(threeStreams(), store).begin(SyncAccountCommand.regular(ACCOUNT));
        SyncService restarted = engine(threeStreams(), store);

        List<SyncRun> failed = restarted.failInterruptedRuns();

        assertThat(failed).singleElement().satisfies(run -> {
            assertThat(run.id()).isEqualTo(leftOver.id());
            assertThat(run.status()).isEqualTo(SyncStatus.FAILED);
            assertThat(run.message()).contains("interrupted");
        });
        assertThat(runs.find(leftOver.id()).orElseThrow().status()).isEqualTo(SyncStatus.FAILED);
        assertThat(restarted.failInterruptedRuns()).isEmpty();
    }

    @Test
    void aRunStillGoingInThisProcessIsNotMarkedInterrupted() {
        SyncService engine = engine(threeStreams(), store);
        SyncRun going = engine.begin(SyncAccountCommand.regular(ACCOUNT));

        assertThat(engine.failInterruptedRuns()).isEmpty();
        assertThat(runs.find(going.id()).orElseThrow().status()).isEqualTo(SyncStatus.RUNNING);
    }

    @Test
    void runsLeftRunningByAnotherInstanceAreMarkedFailedNamingBothInstances() {
        SyncRun leftOver = engine(threeStreams(), store).begin(SyncAccountCommand.regular(ACCOUNT));
        runs.save(leftOver.ranBy("node-a"));
        clock.advance(Duration.ofMinutes(3));
        SyncService takingOver = engine(threeStreams(), store);

        List<SyncRun> failed = takingOver.failLeftoverRuns(ACCOUNT, "node-b");

        assertThat(failed).singleElement().satisfies(run -> {
            assertThat(run.id()).isEqualTo(leftOver.id());
            assertThat(run.status()).isEqualTo(SyncStatus.FAILED);
            assertThat(run.instance()).isEqualTo("node-a");
            assertThat(run.finishedAt()).isEqualTo(clock.instant());
            assertThat(run.message())
                    .isEqualTo("interrupted: instance node-a stopped before this run finished;"
                            + " node-b took the account over");
        });
        assertThat(runs.find(leftOver.id())).contains(failed.get(0));
        assertThat(takingOver.failLeftoverRuns(ACCOUNT, "node-b")).isEmpty();
    }

    @Test
    void aLeftoverRunOfAnUnnamedInstanceSaysSo() {
        engine(threeStreams(), store).begin(SyncAccountCommand.regular(ACCOUNT));

        assertThat(engine(threeStreams(), store).failLeftoverRuns(ACCOUNT, "node-b"))
                .singleElement()
                .satisfies(run -> assertThat(run.message()).startsWith("interrupted: instance unknown stopped"));
    }

    /** Keeps every saved state of every run, in the order saved. */
    private static final class RecordingRunStore extends ForwardingSyncRunStore {
        private final List<SyncRun> saved;

        RecordingRunStore(List<SyncRun> saved) {
            this.saved = saved;
        }

        @Override
        public void save(SyncRun run) {
            saved.add(run);
            super.save(run);
        }
    }
}
