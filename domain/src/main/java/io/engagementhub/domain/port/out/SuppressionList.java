package io.engagementhub.domain.port.out;

import io.engagementhub.domain.model.EngagementEvent;
import io.engagementhub.domain.model.RecipientSelector;
import java.util.List;

/**
 * The recipients whose events an account must never store again: an erasure here is permanent,
 * so a later sync, backfill or overlap re-read cannot bring an erased recipient back.
 * Implementations need not keep an email address itself (a keyed hash is enough), and throw
 * {@link EventStoreException} when the storage fails.
 */
public interface SuppressionList {

    /** Records that events matching {@code recipient} are never to be stored in the account again. */
    void suppress(String account, RecipientSelector recipient);

    /** {@code events} of the account without those of suppressed recipients, in their order. */
    List<EngagementEvent> withoutSuppressed(String account, List<EngagementEvent> events);
}
