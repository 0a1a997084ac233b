package io.engagementhub.app.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.web.router.RouteAttributes;
import io.micronaut.web.router.UriRouteMatch;
import java.util.List;
import java.util.Map;

/**
 * Refuses, with a 400 naming the parameter, any query or path value that holds a control
 * character (NUL, a line break, ...): no stored value has one, PostgreSQL refuses NUL in text,
 * and a value with a line break could forge log lines. The value itself is never echoed.
 */
@ServerFilter("/**")
final class RequestValueGuard {

    @RequestFilter
    @Nullable
    HttpResponse<ProblemView> guard(HttpRequest<?> request) {
        for (Map.Entry<String, List<String>> parameter :
                request.getParameters().asMap().entrySet()) {
            String name = parameter.getKey();
            if (hasControlCharacter(name)) {
                return refuse("a query parameter name");
            }
            for (String value : parameter.getValue()) {
                if (hasControlCharacter(value)) {
                    return refuse("query parameter '" + name + "'");
                }
            }
        }
        for (Map.Entry<String, Object> variable : pathVariables(request).entrySet()) {
            if (hasControlCharacter(String.valueOf(variable.getValue()))) {
                return refuse("path parameter '" + variable.getKey() + "'");
            }
        }
        return hasControlCharacter(request.getPath()) ? refuse("the path") : null;
    }

    private static Map<String, Object> pathVariables(HttpRequest<?> request) {
        return RouteAttributes.getRouteMatch(request)
                .filter(UriRouteMatch.class::isInstance)
                .map(match -> ((UriRouteMatch<?, ?>) match).getVariableValues())
                .orElse(Map.of());
    }

    static boolean hasControlCharacter(String value) {
        return value != null && value.chars().anyMatch(Character::isISOControl);
    }

    private static HttpResponse<ProblemView> refuse(String where) {
        return Problems.of(
                HttpStatus.BAD_REQUEST, where + " contains a control character (such as NUL or a line break)");
    }
}
