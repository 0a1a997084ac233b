package io.engagementhub.app.config;

import java.net.URI;
import java.time.ZoneId;
import java.util.Set;

/**
 * A Copernica account; {@link #toString()} hides the token. The REST version follows {@code
 * baseUrl} ({@code …/v4}, or {@code …/v2} for the older API). What is not configured is null (the
 * URLs and the zone) or empty (the products), and the adapter's default applies: REST v4, v3 beside
 * a v2 {@code baseUrl}, Copernica's authentication service, Europe/Amsterdam, both products.
 */
public record CopernicaAccount(
        String name, String accessToken, URI baseUrl, URI v3BaseUrl, URI authUrl, ZoneId timeZone, Set<String> products)
        implements AccountSettings {

    public static final String PROVIDER = "copernica";
    /** The product names an account may list. */
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
