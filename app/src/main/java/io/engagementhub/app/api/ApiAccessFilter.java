package io.engagementhub.app.api;

import io.engagementhub.app.config.ApiAccess;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Guards {@code /api/**} with the {@link ApiAccess} rule. Health status, metrics and the API
 * documentation stay open. A handful of static tokens needs no identity provider, so this is a
 * filter rather than Micronaut Security.
 */
@ServerFilter("/api/**")
record ApiAccessFilter(ApiAccess access) implements ApplicationEventListener<ServerStartupEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(ApiAccessFilter.class);

    @RequestFilter
    @Nullable
    HttpResponse<ProblemView> guard(HttpRequest<?> request) {
        if (access.admits(request)) {
            return null;
        }
        if (!access.tokensConfigured()) {
            return Problems.of(
                    HttpStatus.FORBIDDEN,
                    "the API answers only loopback clients until engagement.api.tokens is configured");
        }
        return Problems.of(HttpStatus.UNAUTHORIZED, "send 'Authorization: Bearer <token>' with a configured API token")
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
    }

    @Override
    public void onApplicationEvent(ServerStartupEvent event) {
        if (!access.tokensConfigured()) {
            LOG.warn("engagement.api.tokens is not set: the API answers loopback clients only");
        }
    }
}
