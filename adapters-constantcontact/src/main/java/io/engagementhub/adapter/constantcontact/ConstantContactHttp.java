package io.engagementhub.adapter.constantcontact;

import io.engagementhub.adapter.http.ProviderHttp;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One HTTP exchange at a time through the Micronaut HTTP Client ({@link ProviderHttp}), with no
 * retries and no request budget (the transport takes an API GET's permit first). Answers every
 * status as a {@link Reply}; a request that got no answer throws a transient {@link
 * ConstantContactFailure}. Logs method, path template and status only, never a header or a body:
 * token requests carry the refresh and access tokens in their bodies and the client secret in a
 * header (ADR 0007).
 */
final class ConstantContactHttp implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ConstantContactHttp.class);

    /** A status, body, and the {@code Retry-After} header if the answer had one. */
    record Reply(int status, String body, String retryAfter) {}

    private final ProviderHttp http;

    ConstantContactHttp(ProviderHttp http) {
        this.http = http;
    }

    /** A GET with the bearer token; take its permit first. */
    Reply get(URI uri, String accessToken) {
        return send(
                HttpRequest.GET(uri).bearerAuth(accessToken).accept(MediaType.APPLICATION_JSON_TYPE),
                "GET " + template(uri));
    }

    /** POSTs a form with HTTP Basic client credentials. */
    Reply postForm(URI uri, String clientId, String clientSecret, Map<String, String> form) {
        return send(
                HttpRequest.POST(uri, encode(form))
                        .basicAuth(clientId, clientSecret)
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                        .accept(MediaType.APPLICATION_JSON_TYPE),
                "POST " + template(uri));
    }

    private Reply send(MutableHttpRequest<?> request, String what) {
        try {
            ProviderHttp.Reply reply = http.exchange(request, what.substring(what.indexOf(' ') + 1));
            LOG.debug("{} -> {}", what, reply.status());
            return new Reply(
                    reply.status(),
                    new String(reply.body(), StandardCharsets.UTF_8),
                    reply.header("Retry-After").orElse(null));
        } catch (ProviderHttp.NoAnswer e) {
            LOG.debug("{} -> {}", what, e.getMessage());
            throw ConstantContactFailure.of(
                    ConstantContactFailure.Kind.TRANSIENT,
                    e.timedOut() ? "timeout" : "no-answer",
                    what + " got " + e.getMessage());
        }
    }

    /** The path for logs and metrics, ids (activity UUIDs, lists of them, numbers) as {@code {id}}. */
    static String template(URI uri) {
        return uri.getRawPath().replaceAll("(?<=/)([0-9a-fA-F-]{8,}|[0-9]+)(,[0-9a-fA-F-]+)*(?=/|$)", "{id}");
    }

    @Override
    public void close() {
        http.close();
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
