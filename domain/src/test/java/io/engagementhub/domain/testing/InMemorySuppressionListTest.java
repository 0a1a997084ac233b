package io.engagementhub.domain.testing;

import io.engagementhub.domain.port.out.SuppressionList;

/** The in-memory suppression list keeps the suppression contract. */
class InMemorySuppressionListTest extends SuppressionListContract {

    @Override
    protected SuppressionList newList() {
        return new InMemorySuppressionList();
    }
}
