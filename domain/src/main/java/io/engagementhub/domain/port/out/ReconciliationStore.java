package io.engagementhub.domain.port.out;

import io.engagementhub.domain.model.Reconciliation;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where the last check of each campaign against the provider's totals is kept. Implementations are
 * safe for concurrent use and throw {@link EventStoreException} when the storage fails.
 */
public interface ReconciliationStore {

    /** Stores the check, replacing the previous one of the same account and campaign. */
    void save(Reconciliation reconciliation);

    /** The last checks of those of {@code campaignIds} that were checked, by campaign id. */
    Map<String, Reconciliation> find(String account, Set<String> campaignIds);

    /**
     * Checks of the account that were not {@code COMPLETE}, checked at or after {@code since}, at
     * most {@code limit}, those checked longest ago first.
     */
    List<Reconciliation> unsettled(String account, Instant since, int limit);

    /** The events the provider counts that are missing from the store, over the account's last checks. */
    long missingEvents(String account);

    /** The last check of one campaign, if it was checked. */
    default Optional<Reconciliation> find(String account, String campaignId) {
        return Optional.ofNullable(find(account, Set.of(campaignId)).get(campaignId));
    }
}
