package io.engagementhub.adapter.persistence;

/** {@link MigrationBehaviour} on H2 in PostgreSQL mode. */
class H2MigrationBehaviourTest extends MigrationBehaviour {

    @Override
    TestDatabase freshDatabase() {
        return TestDatabase.h2();
    }
}
