package io.engagementhub.domain.model;

import java.util.Objects;

/**
 * Why a message bounced.
 *
 * @param code the provider's code as given (Copernica {@code errorcode} such as {@code 5.1.2},
 *     Constant Contact {@code bounce_code} such as {@code B}), or null
 * @param category the provider-independent category
 * @param description the provider's text, or null
 */
public record Bounce(String code, BounceCategory category, String description) {

    public Bounce {
        Objects.requireNonNull(category, "bounce category must not be null");
        code = code == null || code.isBlank() ? null : ProviderText.cut(code, ProviderText.SHORT_TEXT_BYTES);
        description = description == null || description.isBlank()
                ? null
                : ProviderText.cut(description, ProviderText.LONG_TEXT_BYTES);
    }
}
