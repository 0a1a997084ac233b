package io.engagementhub.adapter.copernica;

import java.net.URI;
import java.util.Objects;

/**
 * Where an account is read, and so which REST version speaks: a base URL ending in {@code /v4}
 * reads REST v4 with a JWT from {@code auth} (docs/providers/copernica.md#rest-v4-authentication);
 * any other reads REST v2, with the token in the URL, plus v3 for Marketing Suite unsubscribes,
 * which are documented for v3 only (docs/providers/copernica.md#event-lists).
 *
 * @param base the REST root, e.g. {@code https://api.copernica.com/v4} or {@code …/v2}
 * @param v3 the REST v3 root a v2 account reads Marketing Suite unsubscribes from
 * @param auth the v4 authentication service, which exchanges the API token for a JWT
 */
public record CopernicaEndpoints(URI base, URI v3, URI auth) {

    /** Copernica's authentication service (docs/providers/copernica.md#rest-v4-authentication). */
    public static final URI DEFAULT_AUTH = URI.create("https://authenticate.copernica.com");

    public CopernicaEndpoints {
        Objects.requireNonNull(base, "Copernica base URL");
        Objects.requireNonNull(v3, "Copernica v3 base URL");
        Objects.requireNonNull(auth, "Copernica authentication URL");
    }

    /** {@code base}, the v3 root beside it, and Copernica's authentication service. */
    public static CopernicaEndpoints of(URI base) {
        return new CopernicaEndpoints(base, v3Beside(base), DEFAULT_AUTH);
    }

    /**
     * The v3 root beside a v2 root, so that a proxy or simulator configured for v2 serves v3 too; a
     * root that does not end in {@code /v2} is used for v3 as it is.
     */
    static URI v3Beside(URI base) {
        String text = trimmed(base);
        return text.endsWith("/v2") ? URI.create(text.substring(0, text.length() - 3) + "/v3") : base;
    }

    /** These endpoints with another v3 root. */
    public CopernicaEndpoints withV3(URI value) {
        return new CopernicaEndpoints(base, value, auth);
    }

    /** These endpoints with another authentication service. */
    public CopernicaEndpoints withAuth(URI value) {
        return new CopernicaEndpoints(base, v3, value);
    }

    /** 4 when the base URL ends in {@code /v4}, else 2. */
    public int version() {
        return trimmed(base).endsWith("/v4") ? 4 : 2;
    }

    /** The root a list of REST {@code listVersion} (2 or 3) is read from: on v4, every list is v4's. */
    URI root(int listVersion) {
        return version() == 2 && listVersion == 3 ? v3 : base;
    }

    private static String trimmed(URI uri) {
        return uri.toString().replaceAll("/+$", "");
    }
}
