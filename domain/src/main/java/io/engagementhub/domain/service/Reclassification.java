package io.engagementhub.domain.service;

import io.engagementhub.domain.model.EngagementEvent;
import io.engagementhub.domain.model.RecipientBatch;
import io.engagementhub.domain.model.RecipientRef;
import io.engagementhub.domain.model.ReclassificationState;
import io.engagementhub.domain.model.VerdictChange;
import io.engagementhub.domain.port.in.StopSignal;
import io.engagementhub.domain.port.out.ClassificationStore;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Brings the stored verdicts to the rules now in force: when the rules, their settings, the
 * address ranges or the parser changed (a new {@link MachineClassifier#rulesVersion()}), every
 * stored recipient's events are classified again, a batch of recipients at a time, and the
 * statistics follow. Progress is saved after every batch, so a restart resumes where it stopped.
 * A run covers the recipients stored when it starts: a recipient stored later came with a sync
 * that classified its events with the rules in force, so reading them again would only repeat
 * that sync's work (on a store being filled it did, for every new recipient). A verdict a sync
 * changed between this job's read and its write is left to the sync, which saw the events the
 * sync was storing.
 */
public final class Reclassification {

    static final int BATCH = 200;

    private final MachineClassifier classifier;
    private final ClassificationStore store;
    private final Clock clock;

    public Reclassification(MachineClassifier classifier, ClassificationStore store, Clock clock) {
        this.classifier = Objects.requireNonNull(classifier, "classifier");
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The saved state, empty before the first reclassification. */
    public Optional<ReclassificationState> state() {
        return store.reclassificationState();
    }

    /** The rules version now in force. */
    public String rulesVersion() {
        return classifier.rulesVersion();
    }

    /**
     * Reclassifies until every stored event follows the rules now in force, or until a stop is
     * requested (the next call resumes). Returns the state reached.
     */
    public ReclassificationState run(StopSignal stop) {
        String version = classifier.rulesVersion();
        ReclassificationState state = store.reclassificationState()
                .filter(saved -> saved.rulesVersion().equals(version))
                .orElseGet(() -> ReclassificationState.starting(version, clock.instant()));
        Optional<String> last = store.lastRecipient();
        while (!state.complete() && !stop.stopRequested()) {
            RecipientBatch batch = last.isEmpty()
                    ? new RecipientBatch(List.of(), null)
                    : store.recipientsAfter(state.position(), last.get(), BATCH);
            int changed = reclassify(batch.recipients());
            state = state.advanced(batch.next(), batch.recipients().size(), changed, clock.instant());
            store.saveReclassificationState(state);
        }
        return state;
    }

    private int reclassify(List<RecipientRef> recipients) {
        Map<String, List<String>> byAccount = new LinkedHashMap<>();
        recipients.forEach(r ->
                byAccount.computeIfAbsent(r.account(), a -> new ArrayList<>()).add(r.recipientId()));
        int changed = 0;
        for (Map.Entry<String, List<String>> entry : byAccount.entrySet()) {
            List<EngagementEvent> stored = store.engagementsOf(entry.getKey(), entry.getValue());
            List<EngagementEvent> classified = classifier.classify(stored);
            List<VerdictChange> different = new ArrayList<>();
            for (int i = 0; i < stored.size(); i++) {
                if (!classified.get(i).equals(stored.get(i))) {
                    different.add(new VerdictChange(stored.get(i), classified.get(i)));
                }
            }
            if (!different.isEmpty()) {
                changed += store.reclassifyUnlessChanged(entry.getKey(), different);
            }
        }
        return changed;
    }
}
