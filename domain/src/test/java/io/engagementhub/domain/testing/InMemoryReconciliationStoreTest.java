package io.engagementhub.domain.testing;

import io.engagementhub.domain.port.out.ReconciliationStore;

/** The in-memory reconciliation store keeps the reconciliation contract. */
class InMemoryReconciliationStoreTest extends ReconciliationStoreContract {

    @Override
    protected ReconciliationStore newStore() {
        return new InMemoryReconciliationStore();
    }
}
