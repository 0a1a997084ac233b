package io.engagementhub.adapter.constantcontact;

import java.util.Objects;

/**
 * Everything one Constant Contact account's source needs besides its collaborators. The refresh
 * token here is only a seed: once a rotated token is stored, the stored one wins. {@link
 * #toString()} never shows a secret.
 *
 * @param account the configured account name
 * @param application the application the account authorized
 * @param refreshTokenSeed the refresh token from the account's authorization, used while none is stored
 * @param endpoints API and token URLs
 * @param reading look-back, retries, timeouts
 */
public record ConstantContactSettings(
        String account,
        ConstantContactApplication application,
        String refreshTokenSeed,
        ConstantContactEndpoints endpoints,
        ConstantContactReadSettings reading) {

    public ConstantContactSettings {
        Objects.requireNonNull(account, "account");
        if (account.isBlank()) {
            throw new IllegalArgumentException("account must not be blank");
        }
        Objects.requireNonNull(application, "application");
        Objects.requireNonNull(refreshTokenSeed, "refreshTokenSeed");
        Objects.requireNonNull(endpoints, "endpoints");
        Objects.requireNonNull(reading, "reading");
    }

    /** Settings for the production endpoints with default read settings. */
    public static ConstantContactSettings of(
            String account, String clientId, String clientSecret, String refreshTokenSeed) {
        return new ConstantContactSettings(
                account,
                new ConstantContactApplication(clientId, clientSecret),
                refreshTokenSeed,
                ConstantContactEndpoints.PRODUCTION,
                ConstantContactReadSettings.DEFAULTS);
    }

    /** These settings with other endpoints (a sandbox, a proxy). */
    public ConstantContactSettings withEndpoints(ConstantContactEndpoints value) {
        return new ConstantContactSettings(account, application, refreshTokenSeed, value, reading);
    }

    /** These settings with other read settings. */
    public ConstantContactSettings withReading(ConstantContactReadSettings value) {
        return new ConstantContactSettings(account, application, refreshTokenSeed, endpoints, value);
    }

    @Override
    public String toString() {
        return "ConstantContactSettings[account=" + account + ", application=" + application
                + ", refreshTokenSeed=***, endpoints=" + endpoints + ", reading=" + reading + "]";
    }
}
