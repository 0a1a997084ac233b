package io.engagementhub.domain.port.out;

import io.engagementhub.domain.model.StoredCredential;
import java.util.Optional;

/**
 * Keeps secrets that change over time, such as rotating OAuth refresh tokens, per account and
 * name. Saves are compare-and-set on the version, so a writer holding a stale token can never
 * overwrite a newer one.
 */
public interface CredentialStore {

    /** The current value of the account's credential {@code name}, if one was ever saved. */
    Optional<StoredCredential> find(String account, String name);

    /**
     * Saves {@code value} as version {@code expectedVersion + 1} if the stored version is still
     * {@code expectedVersion} (0: nothing stored yet).
     *
     * @return whether the value was saved; false when another writer got there first
     */
    boolean compareAndSet(String account, String name, long expectedVersion, String value);
}
