package io.engagementhub.domain.service;

import static io.engagementhub.domain.service.MachineClassifierTest.linkAt;
import static io.engagementhub.domain.testing.EngagementEvents.ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;

import io.engagementhub.domain.model.Checkpoint;
import io.engagementhub.domain.model.ContextEvent;
import io.engagementhub.domain.model.EngagementEvent;
import io.engagementhub.domain.model.EventQuery;
import io.engagementhub.domain.model.MachineReason;
import io.engagementhub.domain.model.MachineVerdict;
import io.engagementhub.domain.model.SyncRun;
import io.engagementhub.domain.model.SyncStatus;
import io.engagementhub.domain.port.in.StopSignal;
import io.engagementhub.domain.port.out.EngagementSources;
import io.engagementhub.domain.port.out.EventStore;
import io.engagementhub.domain.testing.FixedRanges;
import io.engagementhub.domain.testing.InMemoryEventStore;
import io.engagementhub.domain.testing.InMemorySuppressionList;
import io.engagementhub.domain.testing.InMemorySyncRunStore;
import io.engagementhub.domain.testing.MutableClock;
import io.engagementhub.domain.testing.StubEngagementSource;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A sync classifies each page while the page before it is still being stored (the page read
 * ahead): the verdicts are those of classifying the pages one after the other, and a store that
 * fails on the page read ahead ends the run as a storage failure.
 */
class ClassifiedSyncTest {

    final InMemoryEventStore store = new InMemoryEventStore();
    final EngagementEvent a = linkAt("https://shop.example/a", Duration.ZERO);
    final EngagementEvent b = linkAt("https://shop.example/b", Duration.ofSeconds(1));
    final EngagementEvent c = linkAt("https://shop.example/c", Duration.ofSeconds(2));
    final StubEngagementSource source = new StubEngagementSource(2).add("ms/clicks", List.of(a, b, c));

    SyncRun sync(EventStore events, ForwardingClassificationStore classification) {
        MachineClassifier classifier = new MachineClassifier(
                MachineRules.DEFAULTS, MachineClassifierTest.PARSER, FixedRanges.APPLE, FixedRanges.NONE);
        return new SyncService(
                        EngagementSources.of(Map.of(ACCOUNT, source)),
                        new SyncStores(events, new InMemorySyncRunStore(), new InMemorySuppressionList()),
                        new MutableClock(Instant.parse("2026-11-01T12:00:00Z")),
                        SyncSettings.DEFAULTS,
                        PageClassification.by(classifier, classification))
                .sync(ACCOUNT, StopSignal.NEVER);
    }

    @Test
    void aBurstSplitOverTwoPagesIsFlaggedWhenTheSecondIsClassifiedBeforeTheFirstIsStored() {
        CountDownLatch secondClassified = new CountDownLatch(2);
        ForwardingClassificationStore classification = new ForwardingClassificationStore(store) {
            @Override
            public List<ContextEvent> contextOf(
                    String account, Collection<String> recipientIds, Collection<String> campaignIds) {
                secondClassified.countDown();
                return super.contextOf(account, recipientIds, campaignIds);
            }
        };
        EventStore firstWaits = new ForwardingEventStore(store) {
            @Override
            public int append(String account, String streamKey, List<EngagementEvent> events, Checkpoint checkpoint) {
                try {
                    assertThat(secondClassified.await(10, TimeUnit.SECONDS))
                            .as("the second page classified while the first waits to be stored")
                            .isTrue();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
                return super.append(account, streamKey, events, checkpoint);
            }
        };

        assertThat(sync(firstWaits, classification).status()).isEqualTo(SyncStatus.SUCCEEDED);

        assertThat(store.find(EventQuery.all()).items())
                .extracting(EngagementEvent::machine)
                .containsOnly(MachineVerdict.of(MachineReason.ALL_LINKS_BURST))
                .hasSize(3);
    }

    @Test
    void aStoreFailureWhileThePageReadAheadIsClassifiedEndsTheRunAsAStorageFailure() {
        AtomicInteger reads = new AtomicInteger();
        ForwardingClassificationStore failsOnTheSecondPage = new ForwardingClassificationStore(store) {
            @Override
            public List<ContextEvent> contextOf(
                    String account, Collection<String> recipientIds, Collection<String> campaignIds) {
                if (reads.incrementAndGet() == 2) {
                    throw new IllegalStateException("connection lost");
                }
                return super.contextOf(account, recipientIds, campaignIds);
            }
        };

        SyncRun run = sync(store, failsOnTheSecondPage);

        assertThat(run.status()).isEqualTo(SyncStatus.FAILED);
        assertThat(run.message()).contains("storing events failed").contains("connection lost");
        assertThat(store.find(EventQuery.all()).items())
                .extracting(EngagementEvent::id)
                .containsExactly(a.id(), b.id());
        assertThat(store.checkpoints(ACCOUNT)).containsOnlyKeys("ms/clicks");
    }
}
