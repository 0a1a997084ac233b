package io.engagementhub.adapter.persistence;

import org.junit.jupiter.api.BeforeAll;

/** {@link CredentialEncryptionBehaviour} on a real PostgreSQL. */
class PostgresCredentialEncryptionBehaviourIT extends CredentialEncryptionBehaviour {

    @BeforeAll
    static void openDatabase() {
        open(TestDatabase.postgres());
    }
}
