package io.engagementhub.sandbox.copernica;

import java.time.ZoneId;
import java.util.Objects;

/**
 * How the simulated account behaves where the provider's documentation leaves a choice.
 *
 * @param accessToken the only token the simulator accepts
 * @param zone the account's zone, in which the API's zone-less times are local times
 * @param boundsInclusive whether Marketing Suite {@code begintime}/{@code endtime} include events
 *     at exactly that second. The docs only say "after which" / "before which", so the real
 *     behaviour is unknown and both are simulated (docs/providers/copernica.md#time-filters).
 */
public record CopernicaSimulatorOptions(String accessToken, ZoneId zone, boolean boundsInclusive) {

    public static final CopernicaSimulatorOptions DEFAULTS =
            new CopernicaSimulatorOptions("sim-token-3f9c2a7e", ZoneId.of("Europe/Amsterdam"), true);

    public CopernicaSimulatorOptions {
        Objects.requireNonNull(accessToken, "accessToken");
        Objects.requireNonNull(zone, "zone");
    }

    /** These options with exclusive (or inclusive) {@code begintime}/{@code endtime} bounds. */
    public CopernicaSimulatorOptions withBoundsInclusive(boolean inclusive) {
        return new CopernicaSimulatorOptions(accessToken, zone, inclusive);
    }

    /** These options with another token. */
    public CopernicaSimulatorOptions withAccessToken(String token) {
        return new CopernicaSimulatorOptions(token, zone, boundsInclusive);
    }
}
