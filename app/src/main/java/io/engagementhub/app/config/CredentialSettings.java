package io.engagementhub.app.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

/**
 * {@code engagement.credentials.key}: the secret that encrypts stored provider tokens. Without it
 * tokens are stored in plain text and the service warns once at startup.
 */
@ConfigurationProperties("engagement.credentials")
public record CredentialSettings(@Nullable String key) {

    public boolean encrypted() {
        return key != null && !key.isBlank();
    }

    @Override
    public String toString() {
        return "CredentialSettings[key=" + (encrypted() ? "***" : "none") + "]";
    }
}
