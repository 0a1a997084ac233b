package io.engagementhub.adapter.copernica;

import io.engagementhub.adapter.http.ProviderHttp;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The JWT a REST v4 account sends as {@code Authorization: Bearer}, obtained from the
 * authentication service with the API token in a form body (never in a URL), kept until shortly
 * before the expiry it carries, and dropped when v4 refuses it
 * (docs/providers/copernica.md#rest-v4-authentication). One login at a time per account. Neither
 * token is ever logged or put in a message.
 */
final class CopernicaJwt {

    private static final Pattern COMPACT = Pattern.compile("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*");
    /** Refresh this long before {@code exp}, at most a quarter of the JWT's life. */
    private static final Duration MARGIN = Duration.ofHours(1);
    /** Without a readable {@code exp}: the Dutch docs suggest refreshing every 6 hours. */
    private static final Duration WITHOUT_EXPIRY = Duration.ofHours(6);

    private final String account;
    private final URI authUrl;
    private final String apiToken;
    private final ProviderHttp http;
    private final Clock clock;
    private final ObjectMapper json = ObjectMapper.getDefault();
    private String jwt;
    private Instant refreshAt = Instant.MIN;

    CopernicaJwt(String account, URI authUrl, String apiToken, ProviderHttp http, Clock clock) {
        this.account = account;
        this.authUrl = authUrl;
        this.apiToken = apiToken;
        this.http = http;
        this.clock = clock;
    }

    /** The JWT to send now; logs in first when there is none or it is due for refresh (one more request). */
    synchronized Bearer current() {
        if (jwt != null && clock.instant().isBefore(refreshAt)) {
            return new Bearer(jwt, 0);
        }
        jwt = login();
        return new Bearer(jwt, 1);
    }

    /** Forgets {@code refused}, so the next {@link #current()} logs in again. */
    synchronized void refused(String refused) {
        if (refused.equals(jwt)) {
            jwt = null;
        }
    }

    /** A JWT and the login requests it took to have it (0 or 1). */
    record Bearer(String jwt, int logins) {}

    private String login() {
        String form = "access_token=" + URLEncoder.encode(apiToken, StandardCharsets.UTF_8);
        ProviderHttp.Reply reply;
        try {
            reply = http.exchange(
                    HttpRequest.POST(authUrl, form)
                            .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                            .accept(MediaType.TEXT_PLAIN_TYPE, MediaType.APPLICATION_JSON_TYPE),
                    "/authenticate");
        } catch (ProviderHttp.NoAnswer e) {
            throw CopernicaFailure.of(
                    CopernicaFailure.Kind.TRANSIENT,
                    e.timedOut() ? "timeout" : "connection",
                    "the authentication service: " + e.getMessage());
        }
        if (reply.status() >= 500 || reply.status() == 429) {
            throw CopernicaFailure.of(
                    CopernicaFailure.Kind.TRANSIENT,
                    "login",
                    "the authentication service answered HTTP " + reply.status());
        }
        String token = reply.status() == 200 ? compactJwt(new String(reply.body(), StandardCharsets.UTF_8)) : null;
        if (token == null) {
            throw CopernicaFailure.of(
                    CopernicaFailure.Kind.ACCESS_DENIED,
                    "access-denied",
                    "Copernica's authentication service did not give account '" + account + "' a JWT (HTTP "
                            + reply.status() + "): check the account's REST API token in the Copernica dashboard");
        }
        Instant now = clock.instant();
        Instant expires = expiry(token);
        if (expires == null) {
            refreshAt = now.plus(WITHOUT_EXPIRY);
        } else {
            Duration life = Duration.between(now, expires);
            Duration margin = life.dividedBy(4).compareTo(MARGIN) < 0 ? life.dividedBy(4) : MARGIN;
            refreshAt = expires.minus(margin);
        }
        return token;
    }

    /**
     * The JWT in a login answer: a bare compact JWT (what the docs describe), a JSON string holding
     * one, or a JSON object with one under {@code token}, {@code jwt} or {@code access_token} or any
     * other key; null if there is none.
     */
    String compactJwt(String body) {
        String text = body.trim();
        if (text.startsWith("\"") || text.startsWith("{")) {
            try {
                JsonNode node = json.readValue(text, JsonNode.class);
                return fromJson(node);
            } catch (IOException e) {
                return null;
            }
        }
        return COMPACT.matcher(text).matches() ? text : null;
    }

    private String fromJson(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isString()) {
            String value = node.getStringValue().trim();
            return COMPACT.matcher(value).matches() ? value : null;
        }
        if (!node.isObject()) {
            return null;
        }
        for (String key : List.of("token", "jwt", "access_token")) {
            String found = fromJson(node.get(key));
            if (found != null) {
                return found;
            }
        }
        for (java.util.Map.Entry<String, JsonNode> entry : node.entries()) {
            String found = entry.getValue().isString() ? fromJson(entry.getValue()) : null;
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** The {@code exp} claim (seconds since the epoch) of the middle segment, or null if unreadable. */
    Instant expiry(String token) {
        try {
            String claims = token.split("\\.")[1];
            JsonNode node = json.readValue(Base64.getUrlDecoder().decode(claims), JsonNode.class);
            JsonNode exp = node == null || !node.isObject() ? null : node.get("exp");
            return exp != null && exp.isNumber()
                    ? Instant.ofEpochSecond(exp.getNumberValue().longValue())
                    : null;
        } catch (IOException | IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
            return null;
        }
    }
}
