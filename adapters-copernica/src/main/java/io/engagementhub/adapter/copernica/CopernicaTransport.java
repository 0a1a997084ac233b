package io.engagementhub.adapter.copernica;

import io.engagementhub.domain.port.out.AccessDeniedException;
import io.engagementhub.domain.port.out.EngagementSourceException;
import io.engagementhub.domain.port.out.MalformedResponseException;
import io.engagementhub.domain.port.out.SourceObserver;
import io.engagementhub.domain.port.out.SourceUnavailableException;
import io.github.resilience4j.retry.Retry;
import io.micronaut.json.tree.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the GETs of one account over the JDK HTTP client, with the token added to the query and
 * retryable failures retried ({@link CopernicaRetry}), and answers the page's {@code data} items with
 * the number of requests they took. Every failure ends as a domain exception whose message names the
 * account and the path, never the token. The JDK client is used because Copernica wants the token in
 * the URI and Micronaut's client logs URIs at DEBUG with no supported way to mask them (ADR 0007); the
 * JDK client logs nothing unless asked to by a system property, and this class logs URIs masked.
 *
 * <p>{@link Answer#requests()} counts the requests this class sent. The JDK client itself re-sends a
 * GET once, unseen, when a kept-alive connection turns out closed before any answer (the usual race
 * with a server closing idle connections); such a re-send is not counted.
 */
final class CopernicaTransport {

    static final String PROVIDER = "copernica";
    private static final Logger LOG = LoggerFactory.getLogger(CopernicaTransport.class);

    /** One page's {@code data} items and the HTTP requests it took, retries included. */
    record Answer(List<JsonNode> items, int requests) {}

    private final CopernicaSettings settings;
    private final SourceObserver observer;
    private final SecretMask mask;
    private final CopernicaResponses responses;
    private final Retry retry;
    private final HttpClient http;
    private final Clock clock;

    CopernicaTransport(CopernicaSettings settings, SourceObserver observer, CopernicaResponses responses, Clock clock) {
        this.settings = settings;
        this.observer = observer;
        this.mask = responses.mask();
        this.responses = responses;
        this.retry = CopernicaRetry.of(settings.account(), settings.options().retry(), observer);
        this.http = HttpClient.newBuilder()
                .connectTimeout(settings.options().retry().requestTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.clock = clock;
    }

    /** The {@code data} items of one page of {@code stream} with {@code query} (unencoded pairs). */
    Answer list(CopernicaStream stream, List<String[]> query) {
        return list(stream.apiVersion(), stream.path(), query);
    }

    /** The {@code data} items of one page of the list at {@code path} of REST {@code version}. */
    Answer list(int version, String path, List<String[]> query) {
        URI uri = uri(settings.endpoints().root(version), path, query);
        AtomicInteger requests = new AtomicInteger();
        try {
            List<JsonNode> items = retry.executeSupplier(() -> attempt(path, uri, requests));
            return new Answer(items, requests.get());
        } catch (CopernicaFailure e) {
            throw translated(path, e);
        }
    }

    private List<JsonNode> attempt(String path, URI uri, AtomicInteger requests) {
        requests.incrementAndGet();
        LOG.debug("GET {} of account '{}'", mask.mask(uri.toString()), settings.account());
        HttpResponse<byte[]> response = send(path, uri);
        int status = response.statusCode();
        observer.requestCompleted(PROVIDER, settings.account(), path, status);
        LOG.debug("GET {} of account '{}' -> {}", path, settings.account(), status);
        if (status == 200) {
            return responses.data(path, response.body());
        }
        if (status == 429) {
            observer.throttled(PROVIDER, settings.account());
        }
        throw responses.failure(path, status, response.body(), response.headers(), clock.instant());
    }

    private HttpResponse<byte[]> send(String path, URI uri) {
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(settings.options().retry().requestTimeout())
                .header("Accept", "application/json")
                .GET()
                .build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (HttpTimeoutException e) {
            observer.requestCompleted(PROVIDER, settings.account(), path, 0);
            throw CopernicaFailure.of(CopernicaFailure.Kind.TRANSIENT, "timeout", "no answer within the timeout");
        } catch (IOException e) {
            observer.requestCompleted(PROVIDER, settings.account(), path, 0);
            throw CopernicaFailure.of(
                    CopernicaFailure.Kind.TRANSIENT,
                    "connection",
                    "connection failed: " + e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SourceUnavailableException(
                    "Copernica account '" + settings.account() + "': interrupted while reading " + path, null);
        }
    }

    private RuntimeException translated(String path, CopernicaFailure failure) {
        String where = "Copernica account '" + settings.account() + "': " + path;
        return switch (failure.kind()) {
            case TRANSIENT, THROTTLED ->
                new SourceUnavailableException(
                        where + " failed " + settings.options().retry().maxAttempts() + " times, last: "
                                + failure.getMessage(),
                        failure);
            case MALFORMED -> new MalformedResponseException(where + ": " + failure.getMessage(), failure);
            case ACCESS_DENIED -> new AccessDeniedException(failure.getMessage());
            case REFUSED -> new EngagementSourceException(where + " " + failure.getMessage());
        };
    }

    private URI uri(URI root, String path, List<String[]> query) {
        StringBuilder uri = new StringBuilder(root.toString().replaceAll("/+$", ""));
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
}
