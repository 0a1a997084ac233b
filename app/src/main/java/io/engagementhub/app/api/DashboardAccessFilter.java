package io.engagementhub.app.api;

import io.engagementhub.app.config.ApiAccess;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * Who may load the dashboard's pages: the pages hold no data (they read it from the API, which
 * {@link ApiAccessFilter} guards), so with tokens configured anyone may load them and is asked for
 * a token; without tokens, only loopback clients, the same as the API.
 */
@ServerFilter({"/", "/ui", "/ui/**", "/webjars/**"})
record DashboardAccessFilter(ApiAccess access) {

    @RequestFilter
    @Nullable
    HttpResponse<ProblemView> guard(HttpRequest<?> request) {
        if (access.tokensConfigured() || access.admits(request)) {
            return null;
        }
        return Problems.of(
                HttpStatus.FORBIDDEN,
                "the dashboard answers only loopback clients until engagement.api.tokens is configured");
    }
}
