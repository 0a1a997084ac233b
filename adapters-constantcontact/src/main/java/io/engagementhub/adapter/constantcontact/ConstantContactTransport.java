package io.engagementhub.adapter.constantcontact;

import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RequestNotPermitted;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.DefaultHttpClientConfiguration;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientException;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One HTTP exchange at a time, no retries: API GETs wait for the application's rate limiter, token
 * POSTs do not (they go to the authorization server). Answers every status as an {@link Answer};
 * a request that got no answer throws {@link ConstantContactTransientFailure}. Logs method, path
 * and status only, never a header or a body.
 */
final class ConstantContactTransport implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ConstantContactTransport.class);

    /** A status and body. */
    record Answer(int status, String body) {}

    private final HttpClient client;
    private final RateLimiter limiter;
    private final java.util.concurrent.atomic.AtomicInteger exchanges = new java.util.concurrent.atomic.AtomicInteger();

    ConstantContactTransport(Duration timeout, RateLimiter limiter) {
        DefaultHttpClientConfiguration config = new DefaultHttpClientConfiguration();
        config.setReadTimeout(timeout);
        config.setConnectTimeout(timeout);
        this.client = HttpClient.create(null, config);
        this.limiter = limiter;
    }

    Answer get(URI uri, String accessToken) {
        try {
            RateLimiter.waitForPermission(limiter);
        } catch (RequestNotPermitted e) {
            throw new ConstantContactTransientFailure("rate-limit-wait", "waited too long for the rate limiter", e);
        }
        MutableHttpRequest<?> request =
                HttpRequest.GET(uri).bearerAuth(accessToken).accept(MediaType.APPLICATION_JSON_TYPE);
        return exchange(request, "GET " + uri.getRawPath());
    }

    Answer postForm(URI uri, String clientId, String clientSecret, Map<String, String> form) {
        MutableHttpRequest<Map<String, String>> request = HttpRequest.POST(uri, form)
                .basicAuth(clientId, clientSecret)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                .accept(MediaType.APPLICATION_JSON_TYPE);
        return exchange(request, "POST " + uri.getRawPath());
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
            return new Answer(e.code(), e.getResponse().getBody(String.class).orElse(""));
        } catch (HttpClientException e) {
            LOG.debug("{} -> no answer ({})", what, e.getClass().getSimpleName());
            throw new ConstantContactTransientFailure(
                    "no-answer", what + " got no answer (" + e.getClass().getSimpleName() + ")", e);
        }
    }

    @Override
    public void close() {
        client.close();
    }
}
