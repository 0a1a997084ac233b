package io.engagementhub.domain.testing;

import io.engagementhub.domain.model.Reconciliation;
import io.engagementhub.domain.model.ReconciliationStatus;
import io.engagementhub.domain.model.Require;
import io.engagementhub.domain.port.out.ReconciliationStore;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** A {@link ReconciliationStore} in memory; the reference behaviour for {@link ReconciliationStoreContract}. */
public final class InMemoryReconciliationStore implements ReconciliationStore {

    private static final Comparator<Reconciliation> OLDEST_FIRST =
            Comparator.comparing(Reconciliation::checkedAt).thenComparing(Reconciliation::campaignId);

    private final Map<String, Map<String, Reconciliation>> byAccount = new HashMap<>();

    @Override
    public synchronized void save(Reconciliation reconciliation) {
        Objects.requireNonNull(reconciliation, "reconciliation");
        byAccount
                .computeIfAbsent(reconciliation.account(), a -> new HashMap<>())
                .put(reconciliation.campaignId(), reconciliation);
    }

    @Override
    public synchronized Map<String, Reconciliation> find(String account, Set<String> campaignIds) {
        Map<String, Reconciliation> stored = checksOf(account);
        Map<String, Reconciliation> found = new HashMap<>();
        for (String id : campaignIds) {
            if (stored.containsKey(id)) {
                found.put(id, stored.get(id));
            }
        }
        return found;
    }

    @Override
    public synchronized List<Reconciliation> unsettled(String account, Instant since, int limit) {
        Objects.requireNonNull(since, "since");
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive, was " + limit);
        }
        return checksOf(account).values().stream()
                .filter(check -> check.status() != ReconciliationStatus.COMPLETE)
                .filter(check -> !check.checkedAt().isBefore(since))
                .sorted(OLDEST_FIRST)
                .limit(limit)
                .toList();
    }

    @Override
    public synchronized long missingEvents(String account) {
        return checksOf(account).values().stream()
                .mapToLong(Reconciliation::missingEvents)
                .sum();
    }

    private Map<String, Reconciliation> checksOf(String account) {
        Require.nonBlank(account, "account");
        return byAccount.getOrDefault(account, Map.of());
    }
}
