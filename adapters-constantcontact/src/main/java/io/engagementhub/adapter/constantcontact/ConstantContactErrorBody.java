package io.engagementhub.adapter.constantcontact;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * An error answer: API errors carry {@code error_key}/{@code error_message} (a single object or an
 * array of them), the token endpoint {@code error}/{@code error_description}.
 */
@Serdeable
record ConstantContactErrorBody(
        @JsonProperty("error_key") @Nullable String errorKey,
        @JsonProperty("error_message") @Nullable String errorMessage,
        @Nullable String error,
        @JsonProperty("error_description") @Nullable String errorDescription) {}
