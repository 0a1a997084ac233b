package io.engagementhub.sandbox.copernica;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The authentication service of REST v4: exchanges the API token for a JWT that carries its expiry
 * in {@code exp} (docs/providers/copernica.md#rest-v4-authentication), and tells whether a bearer
 * JWT is still good. The signature is random: nobody can check it, as no key is published.
 */
final class JwtIssuer {

    private record Issued(Instant expires, AtomicInteger callsLeft) {}

    private final CopernicaSimulatorSettings.JwtRules rules;
    private final Map<String, Issued> issued = new ConcurrentHashMap<>();
    private final AtomicLong logins = new AtomicLong();

    JwtIssuer(CopernicaSimulatorSettings.JwtRules rules) {
        this.rules = rules;
    }

    String issue(Instant now) {
        logins.incrementAndGet();
        Instant expires = now.plus(rules.lifetime());
        String header = encode("{\"alg\":\"RS256\",\"typ\":\"JWT\"}");
        String claims = encode("{\"iss\":\"authenticate.copernica.com\",\"iat\":" + now.getEpochSecond() + ",\"exp\":"
                + expires.getEpochSecond() + ",\"jti\":\"" + UUID.randomUUID() + "\"}");
        String jwt = header + "." + claims + "." + encode(UUID.randomUUID().toString());
        issued.put(jwt, new Issued(expires, new AtomicInteger(rules.calls() == 0 ? Integer.MAX_VALUE : rules.calls())));
        return jwt;
    }

    /** Whether {@code jwt} was issued here, has not expired and has calls left; counts this call. */
    boolean accepts(String jwt, Instant now) {
        Issued known = jwt == null ? null : issued.get(jwt);
        return known != null
                && now.isBefore(known.expires())
                && known.callsLeft().getAndDecrement() > 0;
    }

    long logins() {
        return logins.get();
    }

    private static String encode(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
