package io.engagementhub.domain.service;

import static io.engagementhub.domain.service.MachineClassifierTest.APPLE_MAIL_PROXY;
import static io.engagementhub.domain.testing.EngagementEvents.ACCOUNT;
import static io.engagementhub.domain.testing.EngagementEvents.CAMPAIGN;
import static io.engagementhub.domain.testing.EngagementEvents.anOpenFrom;
import static org.assertj.core.api.Assertions.assertThat;

import io.engagementhub.domain.model.Checkpoint;
import io.engagementhub.domain.model.EngagementEvent;
import io.engagementhub.domain.model.EngagementType;
import io.engagementhub.domain.model.EventQuery;
import io.engagementhub.domain.model.MachineReason;
import io.engagementhub.domain.model.MachineVerdict;
import io.engagementhub.domain.model.Recipient;
import io.engagementhub.domain.model.ReclassificationState;
import io.engagementhub.domain.port.out.ClassificationStore;
import io.engagementhub.domain.testing.FixedRanges;
import io.engagementhub.domain.testing.InMemoryEventStore;
import io.engagementhub.domain.testing.MutableClock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A change of the rules (here: Apple's ranges) reclassifies what is stored, resumably. */
class ReclassificationTest {

    final InMemoryEventStore store = new InMemoryEventStore();
    final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T00:00:00Z"));

    MachineClassifier classifierWith(FixedRanges apple) {
        return new MachineClassifier(MachineRules.DEFAULTS, MachineClassifierTest.PARSER, apple, FixedRanges.NONE);
    }

    @Test
    void storedOpensAreFlaggedOnceTheRangesCoverThemAndTheJobResumesAfterAStop() {
        MachineClassifier before = classifierWith(FixedRanges.NONE);
        List<EngagementEvent> opens = new ArrayList<>();
        for (int i = 0; i < Reclassification.BATCH + 50; i++) {
            opens.add(anOpenFrom("17.0.0." + (i % 250), APPLE_MAIL_PROXY).toBuilder()
                    .recipient(new Recipient("r" + i, null, null, null))
                    .build());
        }
        store.append(ACCOUNT, "s", before.classify(opens), Checkpoint.START);
        assertThat(humanOpens()).isEqualTo(opens.size());

        Reclassification job = new Reclassification(classifierWith(FixedRanges.APPLE), store, clock);
        int[] polls = {0};
        ReclassificationState stopped = job.run(() -> polls[0]++ > 0);
        assertThat(stopped.complete()).isFalse();
        assertThat(stopped.recipientsDone()).isEqualTo(Reclassification.BATCH);

        ReclassificationState done = job.run(() -> false);

        assertThat(done.complete()).isTrue();
        assertThat(done.recipientsDone()).isEqualTo(opens.size());
        assertThat(done.eventsChanged()).isEqualTo(opens.size());
        assertThat(done.rulesVersion()).isEqualTo(job.rulesVersion());
        assertThat(humanOpens()).isZero();
        assertThat(job.run(() -> false).eventsChanged()).isEqualTo(opens.size());
    }

    @Test
    void aVerdictASyncChangedWhileTheJobClassifiedIsLeftToTheSync() {
        EngagementEvent open = anOpenFrom("17.0.0.1", APPLE_MAIL_PROXY).toBuilder()
                .recipient(new Recipient("r1", null, null, null))
                .build();
        store.append(ACCOUNT, "s", classifierWith(FixedRanges.NONE).classify(List.of(open)), Checkpoint.START);
        EngagementEvent stored = storedEvents().get(0);
        EngagementEvent bySync = stored.withMachine(MachineVerdict.of(MachineReason.TOO_FAST));
        ClassificationStore racing = new ForwardingClassificationStore(store) {
            @Override
            public List<EngagementEvent> engagementsOf(String account, Collection<String> recipientIds) {
                List<EngagementEvent> read = store.engagementsOf(account, recipientIds);
                // a sync stores what it decided meanwhile
                store.setVerdicts(ACCOUNT, Map.of(bySync.id(), bySync.machine()));
                return read;
            }
        };

        ReclassificationState done =
                new Reclassification(classifierWith(FixedRanges.APPLE), racing, clock).run(() -> false);

        assertThat(done.eventsChanged()).isZero();
        assertThat(storedEvents()).containsExactly(bySync);
    }

    @Test
    void recipientsASyncStoresWhileTheJobRunsAreNotReadAgain() {
        MachineClassifier rules = classifierWith(FixedRanges.APPLE);
        List<EngagementEvent> opens = new ArrayList<>();
        for (int i = 0; i <= Reclassification.BATCH; i++) {
            opens.add(anOpenFrom("17.0.0.1", APPLE_MAIL_PROXY).toBuilder()
                    .recipient(new Recipient("r" + i, null, null, null))
                    .build());
        }
        store.append(ACCOUNT, "s", classifierWith(FixedRanges.NONE).classify(opens), Checkpoint.START);
        List<String> read = new ArrayList<>();
        ClassificationStore syncing = new ForwardingClassificationStore(store) {
            @Override
            public List<EngagementEvent> engagementsOf(String account, Collection<String> recipientIds) {
                read.addAll(recipientIds);
                // a sync stores an open of a new recipient (listed after the others), classified
                // with the rules in force
                EngagementEvent open = anOpenFrom("17.0.0.2", APPLE_MAIL_PROXY).toBuilder()
                        .recipient(new Recipient("r999", null, null, null))
                        .build();
                store.append(ACCOUNT, "s", rules.classify(List.of(open)), Checkpoint.START);
                return store.engagementsOf(account, recipientIds);
            }
        };

        ReclassificationState done = new Reclassification(rules, syncing, clock).run(() -> false);

        assertThat(done.complete()).isTrue();
        assertThat(done.recipientsDone()).isEqualTo(opens.size());
        assertThat(read).hasSize(opens.size()).doesNotContain("r999");
        assertThat(humanOpens()).isZero();
    }

    @Test
    void aRunOnAnEmptyStoreIsCompleteAtOnce() {
        ReclassificationState done =
                new Reclassification(classifierWith(FixedRanges.APPLE), store, clock).run(() -> false);

        assertThat(done.complete()).isTrue();
        assertThat(done.recipientsDone()).isZero();
        assertThat(store.reclassificationState()).contains(done);
    }

    List<EngagementEvent> storedEvents() {
        return store.find(EventQuery.all()).items();
    }

    long humanOpens() {
        return store.statistics(ACCOUNT, CAMPAIGN)
                .classified()
                .humanOf(EngagementType.OPENED)
                .total();
    }
}
