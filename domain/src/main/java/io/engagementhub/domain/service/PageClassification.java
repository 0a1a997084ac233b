package io.engagementhub.domain.service;

import io.engagementhub.domain.model.ContextEvent;
import io.engagementhub.domain.model.EngagementEvent;
import io.engagementhub.domain.model.EventId;
import io.engagementhub.domain.model.MachineReason;
import io.engagementhub.domain.model.MachineVerdict;
import io.engagementhub.domain.port.out.ClassificationStore;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Classifies each page the engine is about to store. The rules on a recipient's events in a
 * campaign need the events stored before (a delivery from an earlier page or stream, the first
 * clicks of a burst the previous page ended with): they are read from the store for the page's
 * recipients and campaigns, classified together with the page, and those whose verdict changed are
 * updated before the page is appended. Updating first keeps a crash harmless: the page is read
 * again and the same verdicts are computed from the same events.
 */
public final class PageClassification {

    private static final PageClassification NONE = new PageClassification(null, null);

    private final MachineClassifier classifier;
    private final ClassificationStore store;

    private PageClassification(MachineClassifier classifier, ClassificationStore store) {
        this.classifier = classifier;
        this.store = store;
    }

    /** Classification by {@code classifier}, with earlier events read from and updated in {@code store}. */
    public static PageClassification by(MachineClassifier classifier, ClassificationStore store) {
        return new PageClassification(
                Objects.requireNonNull(classifier, "classifier"), Objects.requireNonNull(store, "store"));
    }

    /** No classification: pages are stored as read. */
    public static PageClassification none() {
        return NONE;
    }

    /** The page's events classified; stored events of the same recipients are updated as needed. */
    List<EngagementEvent> classify(String account, List<EngagementEvent> page) {
        if (classifier == null || page.isEmpty()) {
            return page;
        }
        List<EngagementEvent> parsed = page.stream().map(classifier::alone).toList();
        Set<String> recipients = new LinkedHashSet<>();
        Set<String> campaigns = new LinkedHashSet<>();
        for (EngagementEvent event : parsed) {
            if (RecipientTimeline.counts(event.type())) {
                recipients.add(event.recipient().id());
                campaigns.add(event.campaignId());
            }
        }
        if (recipients.isEmpty()) {
            return parsed;
        }
        Set<List<String>> pairs = new LinkedHashSet<>();
        parsed.forEach(e -> pairs.add(List.of(e.campaignId(), e.recipient().id())));
        Map<EventId, ContextEvent> stored = new LinkedHashMap<>();
        for (ContextEvent event : store.contextOf(account, recipients, campaigns)) {
            if (pairs.contains(List.of(event.campaignId(), event.recipientId()))) {
                stored.put(event.id(), event);
            }
        }
        Map<EventId, ContextEvent> together = new LinkedHashMap<>(stored);
        parsed.forEach(e -> together.putIfAbsent(e.id(), ContextEvent.of(e)));
        Map<String, Set<MachineReason>> found = classifier.timingReasons(together.values());
        Map<EventId, MachineVerdict> changed = new LinkedHashMap<>();
        stored.forEach((id, event) -> {
            MachineVerdict verdict = MachineClassifier.withTimingReasons(event.machine(), found.get(id.value()));
            if (!verdict.equals(event.machine())) {
                changed.put(id, verdict);
            }
        });
        if (!changed.isEmpty()) {
            store.setVerdicts(account, changed);
        }
        return parsed.stream()
                .map(e -> {
                    MachineVerdict verdict =
                            MachineClassifier.withTimingReasons(e.machine(), found.get(e.id().value()));
                    return verdict.equals(e.machine()) ? e : e.withMachine(verdict);
                })
                .toList();
    }
}
