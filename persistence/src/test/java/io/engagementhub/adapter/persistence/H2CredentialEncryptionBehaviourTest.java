package io.engagementhub.adapter.persistence;

import org.junit.jupiter.api.BeforeAll;

/** {@link CredentialEncryptionBehaviour} on H2 in PostgreSQL mode. */
class H2CredentialEncryptionBehaviourTest extends CredentialEncryptionBehaviour {

    @BeforeAll
    static void openDatabase() {
        open(TestDatabase.h2());
    }
}
