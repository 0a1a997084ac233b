package io.engagementhub.adapter.constantcontact;

import io.engagementhub.domain.port.out.QuotaExhaustedException;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.DefaultHttpClientConfiguration;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientException;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One HTTP exchange at a time, no retries: API GETs (Micronaut HTTP client) wait for the
 * application's request budget (which may throw {@link
 * io.engagementhub.domain.port.out.QuotaExhaustedException}), token POSTs (JDK client, see {@link #postForm}) do not: they go to the
 * authorization server. Answers every status as an {@link Answer};
 * a request that got no answer throws {@link ConstantContactFailure}. Logs method, path
 * and status only, never a header or a body.
 */
final class ConstantContactTransport implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ConstantContactTransport.class);

    /** A status, body, and the {@code Retry-After} header if the answer had one. */
    record Answer(int status, String body, String retryAfter) {

        Answer(int status, String body) {
            this(status, body, null);
        }
    }

    private final HttpClient client;
    private final java.net.http.HttpClient tokenClient;
    private final Duration timeout;
    private final ConstantContactRateLimits limits;
    private final String clientId;
    private final java.util.concurrent.atomic.AtomicInteger exchanges = new java.util.concurrent.atomic.AtomicInteger();

    ConstantContactTransport(Duration timeout, ConstantContactRateLimits limits, String clientId) {
        DefaultHttpClientConfiguration config = new DefaultHttpClientConfiguration();
        config.setReadTimeout(timeout);
        config.setConnectTimeout(timeout);
        this.client = HttpClient.create(null, config);
        this.timeout = timeout;
        this.tokenClient =
                java.net.http.HttpClient.newBuilder().connectTimeout(timeout).build();
        this.limits = limits;
        this.clientId = clientId;
    }

    Answer get(URI uri, String accessToken) {
        boolean permitted;
        try {
            permitted = limits.take(clientId);
        } catch (QuotaExhaustedException e) {
            throw ConstantContactFailure.quotaExhausted(e.getMessage(), e.resetsAt());
        }
        if (!permitted) {
            throw ConstantContactFailure.of(
                    ConstantContactFailure.Kind.TRANSIENT, "rate-limit-wait", "waited too long for the rate limiter");
        }
        MutableHttpRequest<?> request =
                HttpRequest.GET(uri).bearerAuth(accessToken).accept(MediaType.APPLICATION_JSON_TYPE);
        return exchange(request, "GET " + uri.getRawPath());
    }

    /**
     * POSTs a form with HTTP Basic client credentials. Goes through the JDK client, not Micronaut's:
     * Micronaut's client logs request and response bodies at TRACE, and these bodies carry the
     * refresh and access tokens.
     */
    Answer postForm(URI uri, String clientId, String clientSecret, Map<String, String> form) {
        exchanges.incrementAndGet();
        String basic =
                Base64.getEncoder().encodeToString((clientId + ":" + clientSecret).getBytes(StandardCharsets.UTF_8));
        java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(uri)
                .timeout(timeout)
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(encode(form)))
                .build();
        try {
            var response = tokenClient.send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
            LOG.debug("POST {} -> {}", uri.getRawPath(), response.statusCode());
            return new Answer(response.statusCode(), response.body());
        } catch (IOException e) {
            LOG.debug(
                    "POST {} -> no answer ({})", uri.getRawPath(), e.getClass().getSimpleName());
            throw ConstantContactFailure.of(
                    ConstantContactFailure.Kind.TRANSIENT,
                    "no-answer",
                    "POST " + uri.getRawPath() + " got no answer ("
                            + e.getClass().getSimpleName() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ConstantContactFailure.of(
                    ConstantContactFailure.Kind.TRANSIENT, "interrupted", "interrupted while refreshing the token");
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

    /** Requests sent so far, token requests and retries included. */
    int exchanges() {
        return exchanges.get();
    }

    private Answer exchange(MutableHttpRequest<?> request, String what) {
        exchanges.incrementAndGet();
        try {
            HttpResponse<String> response = client.toBlocking().exchange(request, Argument.STRING, Argument.STRING);
            LOG.debug("{} -> {}", what, response.code());
            return new Answer(response.code(), response.getBody(String.class).orElse(""));
        } catch (HttpClientResponseException e) {
            LOG.debug("{} -> {}", what, e.code());
            return new Answer(
                    e.code(),
                    e.getResponse().getBody(String.class).orElse(""),
                    e.getResponse().getHeaders().get("Retry-After"));
        } catch (HttpClientException e) {
            LOG.debug("{} -> no answer ({})", what, e.getClass().getSimpleName());
            throw ConstantContactFailure.of(
                    ConstantContactFailure.Kind.TRANSIENT,
                    "no-answer",
                    what + " got no answer (" + e.getClass().getSimpleName() + ")");
        }
    }

    @Override
    public void close() {
        client.close();
    }
}
