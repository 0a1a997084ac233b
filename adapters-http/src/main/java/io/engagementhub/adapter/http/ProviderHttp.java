package io.engagementhub.adapter.http;

import io.micronaut.core.type.Argument;
import io.micronaut.http.BasicHttpAttributes;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.DefaultHttpClientConfiguration;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientException;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.client.exceptions.ReadTimeoutException;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * One provider's requests through the Micronaut HTTP Client, blocking, one exchange at a time:
 * every status comes back as a {@link Reply} (the adapter decides what it means), and a request
 * that got no answer throws {@link NoAnswer}. Each request names its URI template (a path with its
 * ids as {@code {id}} and no query), which the service's client metrics use as their {@code uri}
 * tag. The client logs nothing of its own beyond what its configured logger (a provider's {@code
 * …wire} logger) is set to show.
 */
public final class ProviderHttp implements AutoCloseable {

    private final HttpClient client;
    private final BlockingHttpClient blocking;
    private final boolean owned;

    private ProviderHttp(HttpClient client, boolean owned) {
        this.client = Objects.requireNonNull(client, "client");
        this.blocking = client.toBlocking();
        this.owned = owned;
    }

    /**
     * A client of its own, for use without an application context: no redirects followed, {@code
     * timeout} to connect and to read each answer, wire logging under {@code loggerName}. {@link
     * #close()} closes it.
     */
    public static ProviderHttp ownClient(Duration timeout, String loggerName) {
        DefaultHttpClientConfiguration configuration = new DefaultHttpClientConfiguration();
        configuration.setFollowRedirects(false);
        configuration.setConnectTimeout(timeout);
        configuration.setReadTimeout(timeout);
        configuration.setLoggerName(loggerName);
        // Every status is an answer to read, not an exception: the JDK transport never completes an
        // exchange whose JSON error body it cannot bind to bytes.
        configuration.setExceptionOnErrorStatus(false);
        return new ProviderHttp(HttpClient.create(null, configuration), true);
    }

    /**
     * A client the caller owns, e.g. one from the service's application context; never closed here.
     * It must answer error statuses rather than throw ({@code exception-on-error-status: false})
     * and follow no redirects: the service sets both on its provider clients.
     */
    public static ProviderHttp sharedClient(HttpClient client) {
        return new ProviderHttp(client, false);
    }

    /** A status, the body's bytes (empty when there was none) and a way to read a header. */
    public record Reply(int status, byte[] body, HeaderReader headers) {

        public Optional<String> header(String name) {
            return Optional.ofNullable(headers.first(name));
        }
    }

    /** Reads the first value of an answer's header, or null. */
    @FunctionalInterface
    public interface HeaderReader {
        String first(String name);
    }

    /** No answer came: a timeout or a connection that failed; {@link #getMessage()} says which, no URI. */
    public static final class NoAnswer extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final boolean timeout;

        NoAnswer(String message, boolean timeout) {
            super(message, null, false, false);
            this.timeout = timeout;
        }

        public boolean timedOut() {
            return timeout;
        }
    }

    /**
     * Sends {@code request} (absolute URI) and answers whatever status came back.
     *
     * @param uriTemplate the path with its ids replaced by {@code {id}}, no host and no query, e.g.
     *     {@code /v4/draganddrop/emailing/{id}/clicks}
     * @throws NoAnswer if no answer came
     */
    public Reply exchange(MutableHttpRequest<?> request, String uriTemplate) {
        BasicHttpAttributes.setUriTemplate(request, uriTemplate);
        try {
            HttpResponse<byte[]> response =
                    blocking.exchange(request, Argument.of(byte[].class), Argument.of(byte[].class));
            return reply(response);
        } catch (HttpClientResponseException e) {
            return reply(e.getResponse());
        } catch (ReadTimeoutException e) {
            throw new NoAnswer("no answer within the timeout", true);
        } catch (HttpClientException e) {
            // The message may name the host and path: only the kind of failure is kept. The JDK
            // transport reports its timeout as a cause of this type, the Netty one as the one above.
            if (timedOut(e)) {
                throw new NoAnswer("no answer within the timeout", true);
            }
            throw new NoAnswer("connection failed: " + e.getClass().getSimpleName(), false);
        }
    }

    private static boolean timedOut(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause.getClass().getSimpleName().contains("Timeout")) {
                return true;
            }
        }
        return false;
    }

    private static Reply reply(HttpResponse<?> response) {
        byte[] body = response.getBody(byte[].class).orElse(new byte[0]);
        return new Reply(response.code(), body, name -> response.getHeaders().get(name));
    }

    @Override
    public void close() {
        if (owned) {
            client.close();
        }
    }
}
