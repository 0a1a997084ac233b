package io.engagementhub.adapter.constantcontact;

import io.engagementhub.domain.port.out.QuotaExhaustedException;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One HTTP exchange at a time over the JDK HTTP client, no retries: API GETs wait for a permit of
 * the application's request budget ({@link #takePermit()}), token POSTs do not (they go to the
 * authorization server).
 * Answers every status as a {@link Reply}; a request that got no answer throws a transient {@link
 * ConstantContactFailure}. Logs method, path and status only, never a header or a body: the JDK
 * client logs nothing unless a system property asks it to, and the bodies of token requests carry
 * the refresh and access tokens (ADR 0007).
 */
final class ConstantContactHttp {

    private static final Logger LOG = LoggerFactory.getLogger(ConstantContactHttp.class);

    /** A status, body, and the {@code Retry-After} header if the answer had one. */
    record Reply(int status, String body, String retryAfter) {}

    private final HttpClient client;
    private final Duration timeout;
    private final ConstantContactRateLimits limits;
    private final String clientId;

    ConstantContactHttp(Duration timeout, ConstantContactRateLimits limits, String clientId) {
        this.client = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.timeout = timeout;
        this.limits = limits;
        this.clientId = clientId;
    }

    /** A GET with the bearer token; take its permit first. */
    Reply get(URI uri, String accessToken) {
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(timeout)
                .header("Authorization", "Bearer " + accessToken)
                .header("Accept", "application/json")
                .GET()
                .build();
        return send(request, "GET " + uri.getRawPath());
    }

    /** POSTs a form with HTTP Basic client credentials. */
    Reply postForm(URI uri, String clientId, String clientSecret, Map<String, String> form) {
        String basic =
                Base64.getEncoder().encodeToString((clientId + ":" + clientSecret).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(timeout)
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(encode(form)))
                .build();
        return send(request, "POST " + uri.getRawPath());
    }

    /**
     * Waits for the permit of one API request from the application's budget; throws a {@link
     * ConstantContactFailure} of kind {@code QUOTA_EXHAUSTED} when the budget's day is used up, or a
     * transient one when no permit came in time.
     */
    void takePermit() {
        boolean permitted;
        try {
            permitted = limits.take(clientId);
        } catch (QuotaExhaustedException e) {
            // the shared budget counts the day's requests too
            throw ConstantContactFailure.quotaExhausted(e.getMessage(), e.resetsAt());
        }
        if (!permitted) {
            throw ConstantContactFailure.of(
                    ConstantContactFailure.Kind.TRANSIENT, "rate-limit-wait", "waited too long for the rate limiter");
        }
    }

    private Reply send(HttpRequest request, String what) {
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            LOG.debug("{} -> {}", what, response.statusCode());
            return new Reply(
                    response.statusCode(),
                    response.body(),
                    response.headers().firstValue("Retry-After").orElse(null));
        } catch (HttpTimeoutException e) {
            LOG.debug("{} -> no answer within {}", what, timeout);
            throw ConstantContactFailure.of(
                    ConstantContactFailure.Kind.TRANSIENT, "timeout", what + " got no answer within " + timeout);
        } catch (IOException e) {
            LOG.debug("{} -> no answer ({})", what, e.getClass().getSimpleName());
            throw ConstantContactFailure.of(
                    ConstantContactFailure.Kind.TRANSIENT,
                    "no-answer",
                    what + " got no answer (" + e.getClass().getSimpleName() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ConstantContactFailure.of(
                    ConstantContactFailure.Kind.TRANSIENT, "interrupted", what + " was interrupted");
        }
    }

    private static String encode(Map<String, String> form) {
        StringBuilder out = new StringBuilder();
        form.forEach((name, value) -> out.append(out.length() == 0 ? "" : "&")
                .append(URLEncoder.encode(name, StandardCharsets.UTF_8))
                .append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return out.toString();
    }
}
