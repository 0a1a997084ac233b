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
import java.util.Set;

/**
 * Refuses, with a 400 naming the parameter, every query or path value the API could read in more
 * than one way, before any route sees it:
 *
 * <ul>
 *   <li>a control character (NUL, a line break, ...): no stored value has one, PostgreSQL refuses
 *       NUL in text, and a value with a line break could forge log lines; the value is never echoed;
 *   <li>a path value of nothing but spaces (Unicode spaces and invisible format characters too),
 *       and a query value of only spaces: neither names anything;
 *   <li>a single-valued query parameter given more than once: {@code email=a&email=b} must not be
 *       read as one address, nor as either of them.
 * </ul>
 */
@ServerFilter("/**")
final class RequestValueGuard {

    /** The query parameters that may be repeated: {@code GET /events?type=OPENED&type=CLICKED}. */
    private static final Set<String> REPEATABLE = Set.of("type");

    private static final String CONTROL = "contains a control character (such as NUL or a line break)";

    @RequestFilter
    @Nullable
    HttpResponse<ProblemView> guard(HttpRequest<?> request) {
        for (Map.Entry<String, List<String>> parameter :
                request.getParameters().asMap().entrySet()) {
            String name = parameter.getKey();
            if (hasControlCharacter(name)) {
                return refuse("a query parameter name " + CONTROL);
            }
            String problem = problem(name, parameter.getValue());
            if (problem != null) {
                return refuse("query parameter '" + name + "' " + problem);
            }
        }
        for (Map.Entry<String, Object> variable : pathVariables(request).entrySet()) {
            String value = String.valueOf(variable.getValue());
            if (hasControlCharacter(value)) {
                return refuse("path parameter '" + variable.getKey() + "' " + CONTROL);
            }
            if (isBlank(value)) {
                return refuse("path parameter '" + variable.getKey() + "' must not be blank");
            }
        }
        return hasControlCharacter(request.getPath()) ? refuse("the path " + CONTROL) : null;
    }

    private static String problem(String name, List<String> values) {
        if (values.size() > 1 && !REPEATABLE.contains(name)) {
            return "is given " + values.size() + " times; give it once";
        }
        for (String value : values) {
            if (hasControlCharacter(value)) {
                return CONTROL;
            }
            if (!value.isEmpty() && isBlank(value)) {
                return "must not be blank (it holds only spaces)";
            }
        }
        return null;
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

    /** Empty, or only spaces of any script and invisible format characters (zero-width space, BOM). */
    static boolean isBlank(String value) {
        return value.codePoints()
                .allMatch(c -> Character.isWhitespace(c)
                        || Character.isSpaceChar(c)
                        || Character.getType(c) == Character.FORMAT);
    }

    private static HttpResponse<ProblemView> refuse(String detail) {
        return Problems.of(HttpStatus.BAD_REQUEST, detail);
    }
}
