package io.engagementhub.app.config;

import java.net.URI;
import java.time.ZoneId;
import java.util.Set;

/**
 * A Copernica account; {@link #toString()} hides the token. {@code v3BaseUrl} is null unless
 * configured: the adapter then reads v3 beside {@code baseUrl}.
 */
public record CopernicaAccount(
        String name, String accessToken, URI baseUrl, URI v3BaseUrl, ZoneId timeZone, Set<String> products)
        implements AccountSpec {

    public static final String PROVIDER = "copernica";
    public static final URI DEFAULT_BASE_URL = URI.create("https://api.copernica.com/v2");
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
