package io.engagementhub.domain.port.out;

import io.engagementhub.domain.model.ContextEvent;
import io.engagementhub.domain.model.EngagementEvent;
import io.engagementhub.domain.model.EventId;
import io.engagementhub.domain.model.MachineVerdict;
import io.engagementhub.domain.model.RecipientBatch;
import io.engagementhub.domain.model.ReclassificationState;
import io.engagementhub.domain.model.VerdictChange;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What machine-event classification needs of the event store beyond appending: the stored events
 * a rule looks at across pages and runs, changing stored verdicts, and the bookkeeping of a
 * reclassification. Throws {@link EventStoreException} when the storage fails.
 */
public interface ClassificationStore {

    /**
     * What the timing rules look at of the stored sends, deliveries, opens and clicks of {@code
     * recipientIds} of the account in {@code campaignIds}, in no particular order.
     */
    List<ContextEvent> contextOf(String account, Collection<String> recipientIds, Collection<String> campaignIds);

    /**
     * The stored sends, deliveries, opens and clicks of {@code recipientIds} of the account, in no
     * particular order.
     */
    List<EngagementEvent> engagementsOf(String account, Collection<String> recipientIds);

    /**
     * Gives stored events the verdicts of {@code verdicts} (by event id; ids not stored are
     * skipped; parsed clients stay as they are) and brings the statistics along, in one
     * transaction.
     *
     * @return how many stored events changed
     */
    int setVerdicts(String account, Map<EventId, MachineVerdict> verdicts);

    /**
     * Replaces the machine verdicts and parsed clients of stored events by those the writer
     * classified (the reclassification of the whole store) and brings the statistics along, in one
     * transaction. The writer read the events a while ago: an event whose stored verdict or parsed
     * client is no longer the one it was read with was classified again meanwhile (by a sync that
     * knew of events the writer had not seen) and is left as it is.
     *
     * @return how many stored events changed
     */
    int reclassifyUnlessChanged(String account, List<VerdictChange> changes);

    /** The position of the last recipient stored now, empty when none is. */
    Optional<String> lastRecipient();

    /**
     * Up to {@code limit} stored recipients after {@code position} (null: from the first) and not
     * after {@code upTo}, a position {@link #lastRecipient} gave: every recipient stored when it was
     * given is listed once by the time a batch has no {@code next}.
     */
    RecipientBatch recipientsAfter(String position, String upTo, int limit);

    /** The saved reclassification state, empty before the first. */
    Optional<ReclassificationState> reclassificationState();

    /** Saves the reclassification state. */
    void saveReclassificationState(ReclassificationState state);
}
