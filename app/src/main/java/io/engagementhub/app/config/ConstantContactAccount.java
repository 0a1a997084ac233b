package io.engagementhub.app.config;

import java.net.URI;
import java.time.Duration;

/** A Constant Contact account; {@link #toString()} hides the secrets. */
public record ConstantContactAccount(
        String name, String clientId, String clientSecret, String refreshToken, Endpoints endpoints, Duration lookback)
        implements AccountSpec {

    public static final String PROVIDER = "constantcontact";
    public static final URI DEFAULT_BASE_URL = URI.create("https://api.cc.email/v3");
    public static final URI DEFAULT_TOKEN_URL = URI.create("https://authz.constantcontact.com/oauth2/default/v1/token");
    public static final Duration DEFAULT_LOOKBACK = Duration.ofDays(90);

    /** Where the API and the token endpoint are. */
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
