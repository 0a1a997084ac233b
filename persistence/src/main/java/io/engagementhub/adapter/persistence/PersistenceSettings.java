package io.engagementhub.adapter.persistence;

/**
 * How the stores behave beyond the database they run on.
 *
 * @param credentialSecret the secret the credential encryption key is derived from, or null to keep
 *     credentials as plain text (then {@link PersistenceStores#credentialsEncrypted()} is false and
 *     the service should warn). Never shown by {@link #toString()}.
 */
public record PersistenceSettings(String credentialSecret) {

    /** The shortest credential secret accepted: 32 characters, as many as the AES-256 key has bytes. */
    public static final int MIN_SECRET_LENGTH = 32;

    public PersistenceSettings {
        if (credentialSecret != null && credentialSecret.isBlank()) {
            credentialSecret = null;
        }
        if (credentialSecret != null && credentialSecret.length() < MIN_SECRET_LENGTH) {
            throw new IllegalArgumentException(
                    "the credential encryption secret must have at least " + MIN_SECRET_LENGTH + " characters");
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
