package io.engagementhub.adapter.persistence;

/**
 * The domain's store contracts on a real PostgreSQL (skipped with a message when none is reachable,
 * unless engagement.require-postgres=true).
 */
class PostgresStoreContractsIT extends StoreContracts {

    @Override
    TestDatabase open() {
        return TestDatabase.postgres();
    }
}
