package io.engagementhub.adapter.copernica;

import java.net.URI;
import java.time.ZoneId;
import java.util.Objects;

/**
 * Everything needed to read one Copernica account, as plain values: an embedding service builds it
 * from its own configuration, no Micronaut context required.
 *
 * @param account the configured account name; it names the account in events and messages
 * @param endpoints the REST root (v4, or v2 with v3 beside it) and v4's authentication service
 * @param accessToken the account's REST access token (a secret: never logged, never in messages)
 * @param zone the zone in which Copernica reports its zone-less times (Europe/Amsterdam by default)
 * @param reading products, paging, windows and retries
 */
public record CopernicaSettings(
        String account, CopernicaEndpoints endpoints, String accessToken, ZoneId zone, CopernicaReadSettings reading) {

    /** The zone Copernica's backend is assumed to use, undocumented: docs/providers/copernica.md#time-zones-and-dst. */
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Europe/Amsterdam");

    public CopernicaSettings {
        if (account == null || account.isBlank()) {
            throw new IllegalArgumentException("Copernica account name must not be blank");
        }
        Objects.requireNonNull(endpoints, "Copernica base URLs must not be null (account " + account + ")");
        if (accessToken == null || accessToken.isBlank()) {
            throw new IllegalArgumentException("Copernica access token of account '" + account + "' is blank");
        }
        Objects.requireNonNull(zone, "zone must not be null (account " + account + ")");
        Objects.requireNonNull(reading, "reading must not be null (account " + account + ")");
    }

    /** Copernica's current API, REST v4 (docs/providers/copernica.md#rest-v4-authentication). */
    public static final URI DEFAULT_BASE_URL = URI.create("https://api.copernica.com/v4");

    /**
     * Settings for the REST root {@code baseUrl}: {@code …/v4} reads REST v4 (JWT from Copernica's
     * authentication service), anything else REST v2 (v3 beside it); default zone and read settings.
     */
    public static CopernicaSettings of(String account, URI baseUrl, String accessToken) {
        return new CopernicaSettings(
                account, CopernicaEndpoints.of(baseUrl), accessToken, DEFAULT_ZONE, CopernicaReadSettings.DEFAULTS);
    }

    /** These settings with another REST v3 root (v2 accounts only). */
    public CopernicaSettings withV3BaseUrl(URI value) {
        return new CopernicaSettings(account, endpoints.withV3(value), accessToken, zone, reading);
    }

    /** These settings with another authentication service (v4 accounts only). */
    public CopernicaSettings withAuthUrl(URI value) {
        return new CopernicaSettings(account, endpoints.withAuth(value), accessToken, zone, reading);
    }

    /** These settings in another zone. */
    public CopernicaSettings withZone(ZoneId value) {
        return new CopernicaSettings(account, endpoints, accessToken, value, reading);
    }

    /** These settings with other read settings. */
    public CopernicaSettings withReading(CopernicaReadSettings value) {
        return new CopernicaSettings(account, endpoints, accessToken, zone, value);
    }

    /** Never shows the token. */
    @Override
    public String toString() {
        return "CopernicaSettings[account=" + account + ", endpoints=" + endpoints + ", accessToken=***, zone=" + zone
                + ", reading=" + reading + "]";
    }
}
