package io.engagementhub.app.api;

import io.engagementhub.app.config.ApiSettings;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Guards {@code /api/**}: with {@code engagement.api.tokens} set, a request needs {@code
 * Authorization: Bearer <one of them>}; without tokens, only loopback clients are answered. Health,
 * metrics and the API documentation stay open. A handful of static tokens needs no identity
 * provider, so this is a filter rather than Micronaut Security.
 */
@ServerFilter("/api/**")
final class ApiAccessFilter implements ApplicationEventListener<ServerStartupEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(ApiAccessFilter.class);
    private static final String BEARER = "Bearer ";

    private final List<byte[]> tokens;

    ApiAccessFilter(ApiSettings settings) {
        this.tokens = settings.tokens().stream()
                .map(t -> t.getBytes(StandardCharsets.UTF_8))
                .toList();
    }

    @RequestFilter
    @Nullable
    HttpResponse<ProblemView> guard(HttpRequest<?> request) {
        if (tokens.isEmpty()) {
            return fromLoopback(request)
                    ? null
                    : Problems.of(
                            HttpStatus.FORBIDDEN,
                            "the API answers only loopback clients until " + "engagement.api.tokens is configured");
        }
        String header = request.getHeaders().get(HttpHeaders.AUTHORIZATION);
        if (header != null
                && header.startsWith(BEARER)
                && known(header.substring(BEARER.length()).trim())) {
            return null;
        }
        return Problems.of(HttpStatus.UNAUTHORIZED, "send 'Authorization: Bearer <token>' with a configured API token")
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
    }

    private boolean known(String presented) {
        byte[] candidate = presented.getBytes(StandardCharsets.UTF_8);
        boolean match = false;
        for (byte[] token : tokens) {
            match |= MessageDigest.isEqual(token, candidate);
        }
        return match;
    }

    private static boolean fromLoopback(HttpRequest<?> request) {
        InetSocketAddress remote = request.getRemoteAddress();
        return remote != null
                && remote.getAddress() != null
                && remote.getAddress().isLoopbackAddress();
    }

    @Override
    public void onApplicationEvent(ServerStartupEvent event) {
        if (tokens.isEmpty()) {
            LOG.warn("engagement.api.tokens is not set: the API answers loopback clients only");
        }
    }
}
