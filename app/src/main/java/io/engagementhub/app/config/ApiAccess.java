package io.engagementhub.app.config;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Locale;

/**
 * Who the service answers beyond plain status: with {@code engagement.api.tokens} set, a request
 * with {@code Authorization: Bearer <one of them>} (the scheme compared case-insensitively, as
 * RFC 9110 section 11.1 says); without tokens, loopback clients only. The remote address is the
 * connection's, never a forwarded header a client could forge.
 */
@Singleton
public final class ApiAccess {

    private static final String BEARER = "bearer ";

    private final List<byte[]> tokens;

    public ApiAccess(ApiSettings settings) {
        this.tokens = settings.tokens().stream()
                .map(t -> t.getBytes(StandardCharsets.UTF_8))
                .toList();
    }

    /** Whether tokens are configured (then every client needs one). */
    public boolean tokensConfigured() {
        return !tokens.isEmpty();
    }

    /** Whether {@code request} may use the API and see health details. */
    public boolean admits(HttpRequest<?> request) {
        return tokens.isEmpty() ? fromLoopback(request) : bearerTokenKnown(request);
    }

    private boolean bearerTokenKnown(HttpRequest<?> request) {
        String header = request.getHeaders().get(HttpHeaders.AUTHORIZATION);
        if (header == null || header.length() <= BEARER.length()) {
            return false;
        }
        String scheme = header.substring(0, BEARER.length()).toLowerCase(Locale.ROOT);
        return scheme.equals(BEARER) && known(header.substring(BEARER.length()).trim());
    }

    private boolean known(String presented) {
        byte[] candidate = presented.getBytes(StandardCharsets.UTF_8);
        boolean match = false;
        for (byte[] token : tokens) {
            match |= MessageDigest.isEqual(token, candidate);
        }
        return match;
    }

    private static boolean fromLoopback(HttpRequest<?> request) {
        InetSocketAddress remote = request.getRemoteAddress();
        return remote != null
                && remote.getAddress() != null
                && remote.getAddress().isLoopbackAddress();
    }
}
