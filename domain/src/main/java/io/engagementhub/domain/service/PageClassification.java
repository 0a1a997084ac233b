package io.engagementhub.domain.service;

import io.engagementhub.domain.model.ContextEvent;
import io.engagementhub.domain.model.EngagementEvent;
import io.engagementhub.domain.model.EventId;
import io.engagementhub.domain.model.MachineReason;
import io.engagementhub.domain.model.MachineVerdict;
import io.engagementhub.domain.port.out.PageClassifier;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Classifies each page the engine stores, in two steps: each event alone (its client parsed, known
 * machine agents and addresses) before the append, then, run by the store inside the append
 * ({@link PageClassifier}), the timing rules on each recipient's events in a campaign, which need
 * the events stored before (a delivery from an earlier page or stream, the first clicks of a burst
 * the previous page ended with). Stored events whose verdict the page changes are updated in the
 * same transaction, so a crash leaves both or neither.
 */
public final class PageClassification implements PageClassifier {

    private static final PageClassification NONE = new PageClassification(null);

    private final MachineClassifier classifier;

    private PageClassification(MachineClassifier classifier) {
        this.classifier = classifier;
    }

    /** Classification by {@code classifier}. */
    public static PageClassification by(MachineClassifier classifier) {
        return new PageClassification(Objects.requireNonNull(classifier, "classifier"));
    }

    /** No classification: pages are stored as read. */
    public static PageClassification none() {
        return NONE;
    }

    /** The page's events classified each alone. */
    List<EngagementEvent> parse(List<EngagementEvent> page) {
        return classifier == null ? page : page.stream().map(classifier::alone).toList();
    }

    /** The timing rules on the page's events together with the stored events of their recipients. */
    @Override
    public Classified classify(List<EngagementEvent> page, StoredContext storedContext) {
        if (classifier == null) {
            return new Classified(page, Map.of());
        }
        Set<String> recipients = new LinkedHashSet<>();
        Set<String> campaigns = new LinkedHashSet<>();
        for (EngagementEvent event : page) {
            if (RecipientTimeline.counts(event.type())) {
                recipients.add(event.recipient().id());
                campaigns.add(event.campaignId());
            }
        }
        if (recipients.isEmpty()) {
            return new Classified(page, Map.of());
        }
        Set<List<String>> pairs = new LinkedHashSet<>();
        page.forEach(e -> pairs.add(List.of(e.campaignId(), e.recipient().id())));
        Map<EventId, ContextEvent> stored = new LinkedHashMap<>();
        for (ContextEvent event : storedContext.of(recipients, campaigns)) {
            if (pairs.contains(List.of(event.campaignId(), event.recipientId()))) {
                stored.put(event.id(), event);
            }
        }
        Map<EventId, ContextEvent> together = new LinkedHashMap<>(stored);
        page.forEach(e -> together.putIfAbsent(e.id(), ContextEvent.of(e)));
        Map<String, Set<MachineReason>> found = classifier.timingReasons(together.values());
        Map<EventId, MachineVerdict> changed = new LinkedHashMap<>();
        stored.forEach((id, event) -> {
            MachineVerdict verdict = MachineClassifier.withTimingReasons(event.machine(), found.get(id.value()));
            if (!verdict.equals(event.machine())) {
                changed.put(id, verdict);
            }
        });
        List<EngagementEvent> classified = page.stream()
                .map(e -> {
                    MachineVerdict verdict =
                            MachineClassifier.withTimingReasons(e.machine(), found.get(e.id().value()));
                    return verdict.equals(e.machine()) ? e : e.withMachine(verdict);
                })
                .toList();
        return new Classified(classified, changed);
    }
}
