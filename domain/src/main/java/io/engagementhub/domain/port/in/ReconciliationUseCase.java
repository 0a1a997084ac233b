package io.engagementhub.domain.port.in;

import io.engagementhub.domain.model.Reconciliation;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The last checks of campaigns' stored events against the provider's own totals. */
public interface ReconciliationUseCase {

    /**
     * The campaign's last check, or empty if it was never checked.
     *
     * @throws UnknownAccountException if no such account is configured
     */
    Optional<Reconciliation> reconciliation(String account, String campaignId);

    /**
     * The last checks of those of {@code campaignIds} that were checked, by campaign id.
     *
     * @throws UnknownAccountException if no such account is configured
     */
    Map<String, Reconciliation> reconciliations(String account, Set<String> campaignIds);

    /**
     * The events the provider counts that are missing from the store, over the account's campaigns.
     *
     * @throws UnknownAccountException if no such account is configured
     */
    long missingEvents(String account);
}
