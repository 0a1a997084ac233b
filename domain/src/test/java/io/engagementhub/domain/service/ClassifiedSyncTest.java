package io.engagementhub.domain.service;

import static io.engagementhub.domain.service.MachineClassifierTest.linkAt;
import static io.engagementhub.domain.testing.EngagementEvents.ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;

import io.engagementhub.domain.model.ContextEvent;
import io.engagementhub.domain.model.EngagementEvent;
import io.engagementhub.domain.model.EventQuery;
import io.engagementhub.domain.model.SyncRun;
import io.engagementhub.domain.model.SyncStatus;
import io.engagementhub.domain.port.in.StopSignal;
import io.engagementhub.domain.port.out.EngagementSources;
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
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A sync classifies each page before storing it; a store that fails meanwhile ends the run. */
class ClassifiedSyncTest {

    final InMemoryEventStore store = new InMemoryEventStore();
    final EngagementEvent a = linkAt("https://shop.example/a", Duration.ZERO);
    final EngagementEvent b = linkAt("https://shop.example/b", Duration.ofSeconds(1));
    final EngagementEvent c = linkAt("https://shop.example/c", Duration.ofSeconds(2));
    final StubEngagementSource source = new StubEngagementSource(2).add("ms/clicks", List.of(a, b, c));

    SyncRun sync(ForwardingClassificationStore classification) {
        MachineClassifier classifier = new MachineClassifier(
                MachineRules.DEFAULTS, MachineClassifierTest.PARSER, FixedRanges.APPLE, FixedRanges.NONE);
        return new SyncService(
                        EngagementSources.of(Map.of(ACCOUNT, source)),
                        new SyncStores(store, new InMemorySyncRunStore(), new InMemorySuppressionList()),
                        new MutableClock(Instant.parse("2026-11-01T12:00:00Z")),
                        SyncSettings.DEFAULTS,
                        PageClassification.by(classifier, classification))
                .sync(ACCOUNT, StopSignal.NEVER);
    }

    @Test
    void aStoreFailureWhileAPageIsClassifiedEndsTheRunAsAStorageFailureAfterThePagesBefore() {
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

        SyncRun run = sync(failsOnTheSecondPage);

        assertThat(run.status()).isEqualTo(SyncStatus.FAILED);
        assertThat(run.message()).contains("storing events failed").contains("connection lost");
        assertThat(store.find(EventQuery.all()).items())
                .extracting(EngagementEvent::id)
                .containsExactly(a.id(), b.id());
        assertThat(store.checkpoints(ACCOUNT)).containsOnlyKeys("ms/clicks");
    }
}
