package io.engagementhub.domain.port.out;

import io.engagementhub.domain.model.ContextEvent;
import io.engagementhub.domain.model.EngagementEvent;
import io.engagementhub.domain.model.EventId;
import io.engagementhub.domain.model.MachineVerdict;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The verdicts of a page that depend on events stored before it (a delivery from an earlier page,
 * the first clicks of a burst the previous page ended with). The store runs it inside the page's
 * append, with the stored events of the page's recipients, so that it looks each recipient up once
 * and the page's verdicts and the stored ones it changes are written together.
 */
@FunctionalInterface
public interface PageClassifier {

    /** Stores the page as it is. */
    PageClassifier NONE = (page, stored) -> new Classified(page, Map.of());

    /**
     * @param page the events about to be stored (some may be stored already)
     * @param stored what is stored of the page's recipients
     */
    Classified classify(List<EngagementEvent> page, StoredContext stored);

    /** The stored events the timing rules look at. */
    @FunctionalInterface
    interface StoredContext {

        /**
         * What the timing rules look at of the stored sends, deliveries, opens and clicks of {@code
         * recipientIds} (recipients of the page) in {@code campaignIds}, in no particular order.
         */
        List<ContextEvent> of(Collection<String> recipientIds, Collection<String> campaignIds);
    }

    /**
     * @param page the page's events with their verdicts, in the page's order
     * @param storedVerdicts the new verdicts of stored events, by id
     */
    record Classified(List<EngagementEvent> page, Map<EventId, MachineVerdict> storedVerdicts) {

        public Classified {
            page = List.copyOf(Objects.requireNonNull(page, "page"));
            storedVerdicts = Map.copyOf(Objects.requireNonNull(storedVerdicts, "storedVerdicts"));
        }
    }
}
