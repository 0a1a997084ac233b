package io.engagementhub.domain.testing;

import io.engagementhub.domain.model.StoredCredential;
import io.engagementhub.domain.port.out.CredentialStore;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** A {@link CredentialStore} in memory; the reference behaviour for {@link CredentialStoreContract}. */
public final class InMemoryCredentialStore implements CredentialStore {

    private final Map<String, StoredCredential> values = new HashMap<>();

    @Override
    public synchronized Optional<StoredCredential> find(String account, String name) {
        return Optional.ofNullable(values.get(key(account, name)));
    }

    @Override
    public synchronized boolean compareAndSet(String account, String name, long expectedVersion, String value) {
        StoredCredential current = values.get(key(account, name));
        long version = current == null ? 0 : current.version();
        if (version != expectedVersion) {
            return false;
        }
        values.put(key(account, name), new StoredCredential(value, version + 1));
        return true;
    }

    private static String key(String account, String name) {
        return account + "\n" + name;
    }
}
