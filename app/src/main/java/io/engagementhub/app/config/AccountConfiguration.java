package io.engagementhub.app.config;

import io.micronaut.context.annotation.EachProperty;
import io.micronaut.context.annotation.Parameter;
import io.micronaut.core.annotation.Nullable;
import java.util.List;

/**
 * One configured account, {@code engagement.accounts.<name>.*}, as written: every key optional
 * here so that {@link AccountSettingsReader} can name exactly what is missing or malformed.
 */
@EachProperty(AccountConfiguration.PREFIX)
public record AccountConfiguration(
        @Parameter String name,
        @Nullable String provider,
        @Nullable String accessToken,
        @Nullable String baseUrl,
        @Nullable String v3BaseUrl,
        @Nullable String authUrl,
        @Nullable String timeZone,
        @Nullable List<String> products,
        @Nullable String clientId,
        @Nullable String clientSecret,
        @Nullable String refreshToken,
        @Nullable String tokenUrl,
        @Nullable String lookback) {

    public static final String PREFIX = "engagement.accounts";

    /** The full configuration key of {@code key} in this account, for error messages. */
    public String key(String key) {
        return PREFIX + "." + name + "." + key;
    }

    @Override
    public String toString() {
        return "AccountConfiguration[name=" + name + ", provider=" + provider + "]";
    }
}
