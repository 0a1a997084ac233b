package io.engagementhub.app.api;

import io.micronaut.core.annotation.Order;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * Headers that keep the dashboard and the API's answers from being turned against a browser: a
 * Content-Security-Policy that lets a page load scripts, styles, images and data from this service
 * only (no inline script, no framing, no plugin), and no content-type sniffing. Swagger UI, which
 * needs inline scripts, keeps its own rules. First of all filters, so that its headers are on every
 * answer, also on the refusals of the filters after it.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@ServerFilter({"/", "/ui", "/ui/**", "/webjars/**", "/api/**"})
final class SecurityHeadersFilter {

    static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
            + " connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    @ResponseFilter
    void secure(MutableHttpResponse<?> response) {
        response.getHeaders().set("Content-Security-Policy", POLICY);
        response.getHeaders().set("X-Content-Type-Options", "nosniff");
        response.getHeaders().set("Referrer-Policy", "no-referrer");
    }
}
