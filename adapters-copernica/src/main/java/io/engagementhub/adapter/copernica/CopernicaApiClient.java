package io.engagementhub.adapter.copernica;

import io.engagementhub.domain.port.out.EngagementSourceException;
import io.engagementhub.domain.port.out.MalformedResponseException;
import io.engagementhub.domain.port.out.SourceObserver;
import io.engagementhub.domain.port.out.SourceUnavailableException;
import io.github.resilience4j.retry.Retry;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.exceptions.HttpClientException;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.client.exceptions.ReadTimeoutException;
import io.micronaut.http.client.netty.DefaultHttpClient;
import io.micronaut.json.tree.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * GETs one page of a Copernica list, with the token added to the query, transient failures retried
 * (resilience4j) and every failure translated into a domain exception whose message names the
 * account and the path, never the token.
 */
final class CopernicaApiClient implements AutoCloseable {

    static final String PROVIDER = "copernica";
    private static final Logger LOG = LoggerFactory.getLogger(CopernicaApiClient.class);

    private final CopernicaSettings settings;
    private final SourceObserver observer;
    private final SecretMask mask;
    private final DefaultHttpClient http;
    private final BlockingHttpClient blocking;
    private final Retry retry;
    private final CopernicaResponses responses;
    private final AtomicLong requests = new AtomicLong();

    CopernicaApiClient(CopernicaSettings settings, SourceObserver observer) {
        this.settings = settings;
        this.observer = observer;
        this.mask = new SecretMask(settings.accessToken());
        this.http = CopernicaHttp.client(
                settings.baseUrl(), settings.options().retry().requestTimeout(), mask);
        this.blocking = http.toBlocking();
        this.retry = CopernicaRetry.create(settings, observer);
        this.responses = new CopernicaResponses(settings.account(), mask);
    }

    /** The response reader this client uses, with its JSON mapper and the account's mask. */
    CopernicaResponses responses() {
        return responses;
    }

    /** Requests sent so far, retries included. */
    long requests() {
        return requests.get();
    }

    /** The {@code data} items of one page of {@code path} with {@code query} (already encoded pairs). */
    List<JsonNode> list(String path, List<String[]> query) {
        URI uri = uri(path, query);
        try {
            return retry.executeSupplier(() -> attempt(path, uri));
        } catch (TransientFailure e) {
            String message = "Copernica account '" + settings.account() + "': " + path + " failed "
                    + settings.options().retry().maxAttempts() + " times, last: " + e.getMessage();
            throw e.malformed()
                    ? new MalformedResponseException(message, e)
                    : new SourceUnavailableException(message, e);
        }
    }

    private List<JsonNode> attempt(String path, URI uri) {
        requests.incrementAndGet();
        LOG.debug("GET {} of account '{}'", mask.mask(uri.toString()), settings.account());
        try {
            HttpResponse<byte[]> response = blocking.exchange(HttpRequest.GET(uri), byte[].class);
            observer.requestCompleted(PROVIDER, settings.account(), path, response.code());
            return responses.data(path, response.getBody().orElse(new byte[0]));
        } catch (HttpClientResponseException e) {
            observer.requestCompleted(PROVIDER, settings.account(), path, e.code());
            throw failure(path, e);
        } catch (ReadTimeoutException e) {
            observer.requestCompleted(PROVIDER, settings.account(), path, 0);
            throw new TransientFailure("timeout", "no answer within the request timeout", false);
        } catch (HttpClientException e) {
            observer.requestCompleted(PROVIDER, settings.account(), path, 0);
            throw new TransientFailure(
                    "connection", "connection failed: " + e.getClass().getSimpleName(), false);
        }
    }

    private RuntimeException failure(String path, HttpClientResponseException e) {
        int status = e.code();
        String body = e.getResponse()
                .getBody(byte[].class)
                .map(b -> new String(b, StandardCharsets.UTF_8))
                .orElse("");
        if (status == 429) {
            observer.throttled(PROVIDER, settings.account());
            return new TransientFailure("throttled", "HTTP 429 Too Many Requests", false);
        }
        if (status >= 500) {
            // 502/503/504 with an HTML "Loadbalancer Error" page are transient
            // (docs/providers/copernica.md#transient-failures-and-rate-limits).
            return new TransientFailure(String.valueOf(status), "HTTP " + status, false);
        }
        String message = responses.errorMessage(body);
        if (status == 400
                && message != null
                && message.toLowerCase(java.util.Locale.ROOT).contains("access token")) {
            return responses.accessDenied(message);
        }
        return new EngagementSourceException("Copernica account '" + settings.account() + "': " + path
                + " answered HTTP " + status + (message == null ? "" : " '" + mask.mask(message) + "'"));
    }

    private URI uri(String path, List<String[]> query) {
        StringBuilder uri = new StringBuilder(settings.baseUrl().toString().replaceAll("/+$", ""));
        uri.append('/').append(path).append('?');
        for (String[] pair : query) {
            uri.append(pair[0]).append('=').append(encode(pair[1])).append('&');
        }
        uri.append("access_token=").append(encode(settings.accessToken()));
        return URI.create(uri.toString());
    }

    /**
     * Values are percent-encoded ({@code >} as {@code %3E}, space as {@code %20}):
     * docs/providers/copernica.md#the-fields-parameter.
     */
    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @Override
    public void close() {
        http.close();
    }
}
