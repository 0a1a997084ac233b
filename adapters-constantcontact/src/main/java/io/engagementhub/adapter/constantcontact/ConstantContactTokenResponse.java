package io.engagementhub.adapter.constantcontact;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** The token endpoint's answer to a refresh. {@link #toString()} never shows a token. */
@Serdeable
record ConstantContactTokenResponse(
        @JsonProperty("access_token") @Nullable String accessToken,
        @JsonProperty("token_type") @Nullable String tokenType,
        @JsonProperty("expires_in") @Nullable String expiresIn,
        @JsonProperty("refresh_token") @Nullable String refreshToken,
        @Nullable String scope) {

    @Override
    public String toString() {
        return "ConstantContactTokenResponse[accessToken=***, tokenType=" + tokenType + ", expiresIn=" + expiresIn
                + ", refreshToken=***, scope=" + scope + "]";
    }
}
