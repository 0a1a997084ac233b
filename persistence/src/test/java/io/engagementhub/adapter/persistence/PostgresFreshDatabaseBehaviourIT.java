package io.engagementhub.adapter.persistence;

/** {@link FreshDatabaseBehaviour} on a real PostgreSQL. */
class PostgresFreshDatabaseBehaviourIT extends FreshDatabaseBehaviour {

    @Override
    TestDatabase freshDatabase() {
        return TestDatabase.postgres();
    }
}
