package io.engagementhub.app.config;

import java.net.URI;
import java.time.Duration;

/**
 * A Constant Contact account; {@link #toString()} hides the secrets. The endpoints' URLs and the
 * look-back are null unless configured: the adapter's defaults apply then.
 */
public record ConstantContactAccount(
        String name, String clientId, String clientSecret, String refreshToken, Endpoints endpoints, Duration lookback)
        implements AccountSettings {

    public static final String PROVIDER = "constantcontact";

    /** Where the API and the token endpoint are; each null unless configured. */
    public record Endpoints(URI baseUrl, URI tokenUrl) {}

    @Override
    public String provider() {
        return PROVIDER;
    }

    @Override
    public String toString() {
        return "ConstantContactAccount[name=" + name + ", clientId=" + clientId + ", endpoints=" + endpoints
                + ", lookback=" + lookback + ", clientSecret=***, refreshToken=***]";
    }
}
