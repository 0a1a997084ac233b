package io.engagementhub.app.config;

import java.net.URI;
import java.time.ZoneId;
import java.util.Set;

/**
 * A Copernica account; {@link #toString()} hides the token. The REST version follows {@code
 * baseUrl} ({@code …/v4} by default, {@code …/v2} for the older API). {@code v3BaseUrl} and {@code
 * authUrl} are null unless configured: the adapter then reads v3 beside a v2 {@code baseUrl}, and
 * logs in to v4 at Copernica's authentication service.
 */
public record CopernicaAccount(
        String name, String accessToken, URI baseUrl, URI v3BaseUrl, URI authUrl, ZoneId timeZone, Set<String> products)
        implements AccountSettings {

    public static final String PROVIDER = "copernica";
    public static final URI DEFAULT_BASE_URL = URI.create("https://api.copernica.com/v4");
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Europe/Amsterdam");
    public static final Set<String> PRODUCTS = Set.of("ms", "publisher");

    public CopernicaAccount {
        products = Set.copyOf(products);
    }

    @Override
    public String provider() {
        return PROVIDER;
    }

    @Override
    public String toString() {
        return "CopernicaAccount[name=" + name + ", baseUrl=" + baseUrl + ", timeZone=" + timeZone + ", products="
                + products + ", accessToken=***]";
    }
}
