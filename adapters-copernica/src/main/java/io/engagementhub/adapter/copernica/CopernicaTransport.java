package io.engagementhub.adapter.copernica;

import io.engagementhub.adapter.http.ProviderHttp;
import io.engagementhub.adapter.http.ProviderRetry;
import io.engagementhub.domain.port.out.AccessDeniedException;
import io.engagementhub.domain.port.out.EngagementSourceException;
import io.engagementhub.domain.port.out.MalformedResponseException;
import io.engagementhub.domain.port.out.SourceObserver;
import io.engagementhub.domain.port.out.SourceUnavailableException;
import io.github.resilience4j.retry.Retry;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.json.tree.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the GETs of one account through the Micronaut HTTP Client ({@link ProviderHttp}) and
 * answers a page's {@code data} items with the number of requests they took. REST v2 puts the
 * token in the URL, as v2 requires; REST v4 sends a bearer JWT ({@link CopernicaJwt}), logs in
 * again once when v4 refuses it, and tries the other name of a statistics path when the first is
 * unknown ({@link CopernicaPaths}). Retryable failures are retried ({@link ProviderRetry}). Every
 * failure ends as a domain exception whose message names the account and the path, never a token.
 */
final class CopernicaTransport {

    static final String PROVIDER = "copernica";
    private static final Logger LOG = LoggerFactory.getLogger(CopernicaTransport.class);

    /** One page's {@code data} items and the HTTP requests it took, retries and logins included. */
    record Answer(List<JsonNode> items, int requests) {}

    private final CopernicaSettings settings;
    private final SourceObserver observer;
    private final CopernicaResponses responses;
    private final Retry retry;
    private final ProviderHttp http;
    private final Clock clock;
    private final CopernicaJwt jwt;
    private final CopernicaPaths paths = new CopernicaPaths();

    CopernicaTransport(CopernicaSettings settings, SourceObserver observer, ProviderHttp http, Clock clock) {
        this.settings = settings;
        this.observer = observer;
        this.responses = new CopernicaResponses(settings.account(), new SecretMask(settings.accessToken()), v4());
        CopernicaRetrySettings retries = settings.reading().retry();
        this.retry = ProviderRetry.of(
                "Copernica account '" + settings.account() + "'",
                new ProviderRetry.Policy(retries.maxAttempts(), retries.initialBackoff(), retries.maxBackoff()),
                label -> observer.retrying(PROVIDER, settings.account(), label));
        this.http = http;
        this.clock = clock;
        this.jwt = v4()
                ? new CopernicaJwt(settings.account(), settings.endpoints().auth(), settings.accessToken(), http, clock)
                : null;
    }

    private boolean v4() {
        return settings.endpoints().version() == 4;
    }

    /** The {@code data} items of one page of {@code stream} with {@code query} (unencoded pairs). */
    Answer list(CopernicaStream stream, List<String[]> query) {
        return list(stream.apiVersion(), stream.path(), query);
    }

    /**
     * The {@code data} items of one page of the list at {@code path} (in its v2 spelling) of REST
     * {@code version} (2 or 3; on a v4 account every list is read from v4).
     */
    Answer list(int version, String path, List<String[]> query) {
        AtomicInteger requests = new AtomicInteger();
        List<JsonNode> items = read(version, path, query, requests, body -> responses.data(path, body));
        return new Answer(items, requests.get());
    }

    /** The JSON object a v4 account's {@code path} answers, e.g. {@code consumption}. */
    JsonNode object(String path, List<String[]> query, AtomicInteger requests) {
        return read(2, path, query, requests, body -> responses.object(path, body));
    }

    private <T> T read(
            int version, String path, List<String[]> query, AtomicInteger requests, Function<byte[], T> body) {
        URI root = settings.endpoints().root(version);
        AtomicBoolean loggedInAgain = new AtomicBoolean();
        List<String> names = v4() ? paths.candidates(path) : List.of(path);
        for (int i = 0; ; i++) {
            String name = names.get(i);
            try {
                T value = retry.executeSupplier(() -> attempt(root, name, query, requests, loggedInAgain, body));
                if (v4()) {
                    paths.answered(path, name);
                }
                return value;
            } catch (CopernicaFailure e) {
                if (e.kind() != CopernicaFailure.Kind.NO_SUCH_PATH || i == names.size() - 1) {
                    throw translated(path, e);
                }
                LOG.info(
                        "Copernica account '{}': v4 does not know {} ({}); trying {}",
                        settings.account(),
                        name,
                        e.label(),
                        names.get(i + 1));
            }
        }
    }

    private <T> T attempt(
            URI root,
            String path,
            List<String[]> query,
            AtomicInteger requests,
            AtomicBoolean loggedInAgain,
            Function<byte[], T> body) {
        MutableHttpRequest<?> request = HttpRequest.GET(uri(root, path, query)).accept(MediaType.APPLICATION_JSON_TYPE);
        CopernicaJwt.Bearer bearer = null;
        if (jwt != null) {
            bearer = jwt.current();
            requests.addAndGet(bearer.logins());
            request.bearerAuth(bearer.jwt());
        }
        requests.incrementAndGet();
        String template = template(root, path);
        ProviderHttp.Reply reply = send(path, request, template);
        observer.requestCompleted(PROVIDER, settings.account(), path, reply.status());
        LOG.debug("GET {} of account '{}' -> {}", template, settings.account(), reply.status());
        if (reply.status() == 200) {
            return body.apply(reply.body());
        }
        if (reply.status() == 429) {
            observer.throttled(PROVIDER, settings.account());
        }
        CopernicaFailure failure = responses.failure(path, reply, clock.instant());
        if (bearer != null
                && failure.kind() == CopernicaFailure.Kind.ACCESS_DENIED
                && loggedInAgain.compareAndSet(false, true)) {
            // docs/providers/copernica.md#rest-v4-authentication: a refused JWT may have expired early;
            // log in once more and try once more, then give up.
            jwt.refused(bearer.jwt());
            return attempt(root, path, query, requests, loggedInAgain, body);
        }
        throw failure;
    }

    private ProviderHttp.Reply send(String path, MutableHttpRequest<?> request, String template) {
        try {
            return http.exchange(request, template);
        } catch (ProviderHttp.NoAnswer e) {
            observer.requestCompleted(PROVIDER, settings.account(), path, 0);
            throw CopernicaFailure.of(
                    CopernicaFailure.Kind.TRANSIENT, e.timedOut() ? "timeout" : "connection", e.getMessage());
        }
    }

    private RuntimeException translated(String path, CopernicaFailure failure) {
        String where = "Copernica account '" + settings.account() + "': " + path;
        return switch (failure.kind()) {
            case TRANSIENT, THROTTLED ->
                new SourceUnavailableException(
                        where + " failed " + settings.reading().retry().maxAttempts() + " times, last: "
                                + failure.getMessage(),
                        failure);
            case MALFORMED -> new MalformedResponseException(where + ": " + failure.getMessage(), failure);
            case ACCESS_DENIED -> new AccessDeniedException(failure.getMessage());
            case NO_SUCH_PATH, NO_SUCH_ENTITY -> new CopernicaNotFound(where + " " + failure.getMessage());
            case REFUSED -> new EngagementSourceException(where + " " + failure.getMessage());
        };
    }

    /**
     * The request's URI: v2 adds the token, as v2 wants it (docs/providers/copernica.md#authentication);
     * v4 never does.
     */
    private URI uri(URI root, String path, List<String[]> query) {
        StringBuilder uri = new StringBuilder(root.toString().replaceAll("/+$", ""));
        uri.append('/').append(path).append('?');
        for (String[] pair : query) {
            uri.append(pair[0]).append('=').append(encode(pair[1])).append('&');
        }
        if (jwt == null) {
            uri.append("access_token=").append(encode(settings.accessToken()));
        } else {
            uri.setLength(uri.length() - 1);
        }
        return URI.create(uri.toString());
    }

    /** The path for metrics: the root's path and the list's, ids as {@code {id}}, no query. */
    private static String template(URI root, String path) {
        String prefix = root.getRawPath() == null ? "" : root.getRawPath().replaceAll("/+$", "");
        return prefix + "/" + path.replaceAll("(?<=/)[0-9]+(?=/|$)", "{id}");
    }

    /**
     * Values are percent-encoded ({@code >} as {@code %3E}, space as {@code %20}):
     * docs/providers/copernica.md#the-fields-parameter.
     */
    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
