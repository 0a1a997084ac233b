package io.engagementhub.adapter.copernica;

import java.net.URI;
import java.util.Objects;

/**
 * The two REST roots an account is read from: v2 for every list but one, and v3 for Marketing
 * Suite unsubscribes, which are documented for v3 only (docs/providers/copernica.md#event-lists).
 * Both take the same access token.
 *
 * @param v2 the REST v2 root, e.g. {@code https://api.copernica.com/v2}
 * @param v3 the REST v3 root, e.g. {@code https://api.copernica.com/v3}
 */
public record CopernicaEndpoints(URI v2, URI v3) {

    public CopernicaEndpoints {
        Objects.requireNonNull(v2, "Copernica v2 base URL");
        Objects.requireNonNull(v3, "Copernica v3 base URL");
    }

    /** {@code v2} and the v3 root beside it: its trailing {@code /v2} replaced by {@code /v3}. */
    public static CopernicaEndpoints of(URI v2) {
        return new CopernicaEndpoints(v2, v3Beside(v2));
    }

    /**
     * The v3 root beside a v2 root, so that a proxy or simulator configured for v2 serves v3 too; a
     * root that does not end in {@code /v2} is used for v3 as it is.
     */
    static URI v3Beside(URI v2) {
        String text = v2.toString().replaceAll("/+$", "");
        return text.endsWith("/v2") ? URI.create(text.substring(0, text.length() - 3) + "/v3") : v2;
    }

    /** The root of {@code version} (2 or 3). */
    URI root(int version) {
        return version == 3 ? v3 : v2;
    }
}
