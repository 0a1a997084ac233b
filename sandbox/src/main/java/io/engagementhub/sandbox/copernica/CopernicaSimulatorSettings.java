package io.engagementhub.sandbox.copernica;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Objects;

/**
 * How the simulated account behaves where the provider's documentation leaves a choice.
 *
 * @param accessToken the only API token the simulator accepts (v2 and v3 in the URL, v4 at the
 *     authentication endpoint)
 * @param zone the account's zone, in which the API's zone-less times are local times
 * @param boundsInclusive whether Marketing Suite {@code begintime}/{@code endtime} include events
 *     at exactly that second. The docs only say "after which" / "before which", so the real
 *     behaviour is unknown and both are simulated (docs/providers/copernica.md#time-filters).
 * @param v4Paths which names of the statistics paths REST v4 answers
 *     (docs/providers/copernica.md#rest-v4-path-names)
 * @param jwt how long a REST v4 JWT stays valid and how v4 refuses one that is not
 */
public record CopernicaSimulatorSettings(
        String accessToken, ZoneId zone, boolean boundsInclusive, V4Paths v4Paths, JwtRules jwt) {

    /** The statistics path names v4 answers: the live reference's, the 2024 copy's, or both. */
    public enum V4Paths {
        /** {@code draganddrop/…} and {@code html/…}; the old names answer 404. */
        NEW_NAMES,
        /** {@code ms/…} and {@code publisher/…}; the new names answer 400 "Invalid method". */
        OLD_NAMES,
        BOTH
    }

    /**
     * @param lifetime how long after it was issued a JWT expires (its {@code exp} claim says so)
     * @param calls how many v4 calls a JWT is good for before the simulator refuses it (0: no limit),
     *     so a test can make a JWT expire mid-sync without waiting
     * @param refusalStatus the status with which v4 refuses a missing, expired or unknown JWT (400
     *     "Invalid access token" as v2 does, or 401 or 403: undocumented, all plausible)
     */
    public record JwtRules(Duration lifetime, int calls, int refusalStatus) {

        public static final JwtRules DEFAULTS = new JwtRules(Duration.ofHours(24), 0, 400);

        public JwtRules {
            Objects.requireNonNull(lifetime, "lifetime");
            if (calls < 0) {
                throw new IllegalArgumentException("calls must not be negative");
            }
        }
    }

    public static final CopernicaSimulatorSettings DEFAULTS = new CopernicaSimulatorSettings(
            "sim-token-3f9c2a7e", ZoneId.of("Europe/Amsterdam"), true, V4Paths.NEW_NAMES, JwtRules.DEFAULTS);

    public CopernicaSimulatorSettings {
        Objects.requireNonNull(accessToken, "accessToken");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(v4Paths, "v4Paths");
        Objects.requireNonNull(jwt, "jwt");
    }

    /** These settings with exclusive (or inclusive) {@code begintime}/{@code endtime} bounds. */
    public CopernicaSimulatorSettings withBoundsInclusive(boolean inclusive) {
        return new CopernicaSimulatorSettings(accessToken, zone, inclusive, v4Paths, jwt);
    }

    /** These settings with another token. */
    public CopernicaSimulatorSettings withAccessToken(String token) {
        return new CopernicaSimulatorSettings(token, zone, boundsInclusive, v4Paths, jwt);
    }

    /** These settings with v4 answering other path names. */
    public CopernicaSimulatorSettings withV4Paths(V4Paths paths) {
        return new CopernicaSimulatorSettings(accessToken, zone, boundsInclusive, paths, jwt);
    }

    /** These settings with other JWT rules. */
    public CopernicaSimulatorSettings withJwt(JwtRules rules) {
        return new CopernicaSimulatorSettings(accessToken, zone, boundsInclusive, v4Paths, rules);
    }
}
