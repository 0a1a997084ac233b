package io.engagementhub.domain.port.in;

import io.engagementhub.domain.model.Reconciliation;
import java.util.Optional;

/** The last check of a campaign's stored events against the provider's own totals. */
public interface ReconciliationUseCase {

    /**
     * The campaign's last check, or empty if it was never checked.
     *
     * @throws UnknownAccountException if no such account is configured
     */
    Optional<Reconciliation> reconciliation(String account, String campaignId);

    /** The events the provider counts that are missing from the store, over the account's campaigns. */
    long missingEvents(String account);
}
