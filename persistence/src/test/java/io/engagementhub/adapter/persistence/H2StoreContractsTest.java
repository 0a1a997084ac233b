package io.engagementhub.adapter.persistence;

/** The domain's store contracts on H2 in PostgreSQL mode. */
class H2StoreContractsTest extends StoreContracts {

    @Override
    TestDatabase open() {
        return TestDatabase.h2();
    }
}
