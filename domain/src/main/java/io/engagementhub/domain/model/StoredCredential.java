package io.engagementhub.domain.model;

/**
 * A secret kept for an account (such as a rotated OAuth refresh token) and its version. The
 * version grows by one with every save; version 0 means "never saved". {@link #toString()} never
 * shows the secret.
 */
public record StoredCredential(String value, long version) {

    public StoredCredential {
        Require.nonBlank(value, "credential value");
        if (version < 1) {
            throw new IllegalArgumentException("a stored credential has a version of at least 1");
        }
    }

    @Override
    public String toString() {
        return "StoredCredential[value=***, version=" + version + "]";
    }
}
