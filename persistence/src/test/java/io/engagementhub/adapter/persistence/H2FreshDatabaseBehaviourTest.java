package io.engagementhub.adapter.persistence;

/** {@link FreshDatabaseBehaviour} on H2 in PostgreSQL mode. */
class H2FreshDatabaseBehaviourTest extends FreshDatabaseBehaviour {

    @Override
    TestDatabase freshDatabase() {
        return TestDatabase.h2();
    }
}
