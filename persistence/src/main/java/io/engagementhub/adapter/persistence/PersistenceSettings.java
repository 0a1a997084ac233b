package io.engagementhub.adapter.persistence;

/**
 * How the stores behave beyond the database they run on.
 *
 * @param credentialSecret the secret the credential encryption key is derived from, or null to keep
 *     credentials as plain text (then {@link PersistenceStores#credentialsEncrypted()} is false and
 *     the service should warn). Never shown by {@link #toString()}.
 */
public record PersistenceSettings(String credentialSecret) {

    public PersistenceSettings {
        if (credentialSecret != null && credentialSecret.isBlank()) {
            credentialSecret = null;
        }
    }

    /** Credentials stored as plain text. */
    public static PersistenceSettings unencrypted() {
        return new PersistenceSettings(null);
    }

    /** Credentials encrypted with a key derived from {@code secret}. */
    public static PersistenceSettings encryptedWith(String secret) {
        if (secret == null || secret.isBlank()) {
            throw new IllegalArgumentException("the credential encryption secret must not be blank");
        }
        return new PersistenceSettings(secret);
    }

    @Override
    public String toString() {
        return "PersistenceSettings[credentialSecret=" + (credentialSecret == null ? "none" : "***") + "]";
    }
}
