package io.engagementhub.sandbox.constantcontact;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The OAuth authorization server's state: the valid refresh token and the access tokens issued,
 * each with its expiry. Thread-safe.
 */
final class SimTokens {

    /** Why a bearer token was refused, or OK. */
    enum Check {
        OK,
        UNKNOWN,
        EXPIRED
    }

    private record Access(Instant expiresAt, int requestsLeft) {}

    private final SecureRandom random = new SecureRandom();
    private final Clock clock;
    private final Map<String, Access> access = new HashMap<>();
    private final List<String> issuedRefreshTokens = new ArrayList<>();
    private String refreshToken;
    private boolean rotating = true;
    private Duration lifetime = Duration.ofHours(24);
    private int requestsPerToken;
    private int refreshes;
    private final List<String> presented = new ArrayList<>();
    private int refused;

    SimTokens(Clock clock) {
        this.clock = clock;
        this.refreshToken = newToken("rt");
        issuedRefreshTokens.add(refreshToken);
    }

    /** Every access and refresh token ever issued, for tests that prove none leaks. */
    synchronized List<String> issued() {
        List<String> all = new ArrayList<>(issuedRefreshTokens);
        all.addAll(access.keySet());
        return all;
    }

    synchronized String refreshToken() {
        return refreshToken;
    }

    // docs/providers/constantcontact.md#oauth-token-rotation: rotating (new token per refresh) or long-lived (same one)
    synchronized void rotating(boolean value) {
        rotating = value;
    }

    // docs/providers/constantcontact.md#oauth-and-access-tokens:
    // access tokens expire (24 h with authz); configurable here
    synchronized void expiry(Duration seconds, int requests) {
        lifetime = seconds;
        requestsPerToken = requests;
    }

    /** Makes every issued access token invalid, as if each expired now. */
    synchronized void expireAccessTokens() {
        access.replaceAll((token, old) -> new Access(Instant.MIN, 0));
    }

    /** Invalidates the refresh token, as if the user revoked the app's access. */
    synchronized void revoke() {
        refreshToken = newToken("rt");
        issuedRefreshTokens.add(refreshToken);
    }

    synchronized int refreshes() {
        return refreshes;
    }

    /** Every refresh token presented to the token endpoint, in order, refused ones included. */
    synchronized List<String> presented() {
        return List.copyOf(presented);
    }

    /** Refreshes refused with invalid_grant. */
    synchronized int refused() {
        return refused;
    }

    /** The new token pair if {@code presented} is the current refresh token, otherwise null. */
    synchronized Map<String, Object> refresh(String presented) {
        this.presented.add(String.valueOf(presented));
        if (presented == null || !presented.equals(refreshToken)) {
            refused++;
            return null;
        }
        refreshes++;
        if (rotating) {
            // each refresh invalidates every earlier refresh token
            refreshToken = newToken("rt");
            issuedRefreshTokens.add(refreshToken);
        }
        String token = newToken("at");
        access.put(token, new Access(clock.instant().plus(lifetime), requestsPerToken));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("access_token", token);
        body.put("token_type", "Bearer");
        body.put("expires_in", lifetime.toSeconds());
        body.put("refresh_token", refreshToken);
        body.put("scope", "campaign_data offline_access");
        return body;
    }

    /** Checks a bearer token and counts the request against it. */
    synchronized Check use(String token) {
        Access grant = token == null ? null : access.get(token);
        if (grant == null) {
            return Check.UNKNOWN;
        }
        if (!clock.instant().isBefore(grant.expiresAt())) {
            return Check.EXPIRED;
        }
        if (grant.requestsLeft() > 0) {
            if (grant.requestsLeft() == 1) {
                access.put(token, new Access(Instant.MIN, 0));
            } else {
                access.put(token, new Access(grant.expiresAt(), grant.requestsLeft() - 1));
            }
        }
        return Check.OK;
    }

    private String newToken(String kind) {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        return kind + "-" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
