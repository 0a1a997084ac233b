package io.engagementhub.domain.service;

import io.engagementhub.domain.model.EngagementEvent;
import io.engagementhub.domain.port.out.ClassificationStore;
import java.util.ArrayList;
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
        parsed.forEach(e -> pairs.add(pairOf(e)));
        Map<String, EngagementEvent> together = new LinkedHashMap<>();
        for (EngagementEvent stored : store.engagementsOf(account, recipients, campaigns)) {
            if (pairs.contains(pairOf(stored))) {
                together.put(stored.id().value(), stored);
            }
        }
        int storedCount = together.size();
        parsed.forEach(e -> together.putIfAbsent(e.id().value(), e));
        List<EngagementEvent> all = new ArrayList<>(together.values());
        List<EngagementEvent> classified = classifier.inContext(all);
        List<EngagementEvent> changed = new ArrayList<>();
        Map<String, EngagementEvent> byId = new LinkedHashMap<>();
        for (int i = 0; i < classified.size(); i++) {
            if (i < storedCount && classified.get(i) != all.get(i)) {
                changed.add(classified.get(i));
            }
            byId.put(classified.get(i).id().value(), classified.get(i));
        }
        if (!changed.isEmpty()) {
            store.reclassify(account, changed);
        }
        return parsed.stream().map(e -> byId.getOrDefault(e.id().value(), e)).toList();
    }

    private static List<String> pairOf(EngagementEvent event) {
        return List.of(event.campaignId(), event.recipient().id());
    }
}
