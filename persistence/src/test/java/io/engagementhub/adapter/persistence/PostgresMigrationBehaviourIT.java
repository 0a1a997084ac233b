package io.engagementhub.adapter.persistence;

/** {@link MigrationBehaviour} on a real PostgreSQL. */
class PostgresMigrationBehaviourIT extends MigrationBehaviour {

    @Override
    TestDatabase freshDatabase() {
        return TestDatabase.postgres();
    }
}
