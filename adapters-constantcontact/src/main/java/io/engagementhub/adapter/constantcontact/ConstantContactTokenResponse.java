package io.engagementhub.adapter.constantcontact;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * The token endpoint's answer to a refresh: what rotation needs of it (its token type and scope
 * are not read). {@link #toString()} never shows a token.
 */
@Serdeable
record ConstantContactTokenResponse(
        @JsonProperty("access_token") @Nullable String accessToken,
        @JsonProperty("expires_in") @Nullable String expiresIn,
        @JsonProperty("refresh_token") @Nullable String refreshToken) {

    @Override
    public String toString() {
        return "ConstantContactTokenResponse[accessToken=***, expiresIn=" + expiresIn + ", refreshToken=***]";
    }
}
