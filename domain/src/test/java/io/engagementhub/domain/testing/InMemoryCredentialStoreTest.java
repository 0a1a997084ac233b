package io.engagementhub.domain.testing;

import io.engagementhub.domain.port.out.CredentialStore;

/** The in-memory credential store keeps the credential contract. */
class InMemoryCredentialStoreTest extends CredentialStoreContract {

    @Override
    protected CredentialStore newStore() {
        return new InMemoryCredentialStore();
    }
}
