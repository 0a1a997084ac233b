package io.engagementhub.adapter.constantcontact;

import java.util.Objects;

/**
 * A Constant Contact application (API key): its client id and secret. All accounts authorized for
 * one application share its rate limits. {@link #toString()} never shows the secret.
 */
public record ConstantContactApplication(String clientId, String clientSecret) {

    public ConstantContactApplication {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(clientSecret, "clientSecret");
        if (clientId.isBlank() || clientSecret.isBlank()) {
            throw new IllegalArgumentException("client id and client secret must not be blank");
        }
    }

    @Override
    public String toString() {
        return "ConstantContactApplication[clientId=" + clientId + ", clientSecret=***]";
    }
}
