package io.engagementhub.adapter.persistence;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * How the stores behave beyond the database they run on.
 *
 * @param credentialSecret the secret the credential encryption key is derived from, or null to keep
 *     credentials as plain text (then {@link PersistenceStores#credentialsEncrypted()} is false and
 *     the service should warn). Never shown by {@link #toString()}.
 * @param instanceName the name sync runs are recorded under, when several service instances share
 *     the database; null or blank means this machine's host name
 */
public record PersistenceSettings(String credentialSecret, String instanceName) {

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
        instanceName = instanceName == null || instanceName.isBlank() ? hostName() : instanceName.trim();
    }

    /** Settings for this machine's host name as instance name. */
    public PersistenceSettings(String credentialSecret) {
        this(credentialSecret, null);
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

    /** These settings with sync runs recorded under {@code name}. */
    public PersistenceSettings withInstanceName(String name) {
        return new PersistenceSettings(credentialSecret, name);
    }

    /** This machine's host name, or {@code localhost} if it has none. */
    public static String hostName() {
        try {
            String name = InetAddress.getLocalHost().getHostName();
            return name == null || name.isBlank() ? "localhost" : name;
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }

    @Override
    public String toString() {
        return "PersistenceSettings[credentialSecret=" + (credentialSecret == null ? "none" : "***") + ", instanceName="
                + instanceName + "]";
    }
}
