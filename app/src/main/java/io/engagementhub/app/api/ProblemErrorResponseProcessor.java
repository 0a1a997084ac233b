package io.engagementhub.app.api;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import java.util.stream.Collectors;

/**
 * Renders every error Micronaut itself produces (unknown route, wrong method, unreadable body,
 * internal error) as problem JSON, like the API's own errors. Internal errors never show their
 * exception message, which could carry data the client should not see.
 */
@Singleton
@Replaces(ErrorResponseProcessor.class)
final class ProblemErrorResponseProcessor implements ErrorResponseProcessor<ProblemView> {

    @Override
    public MutableHttpResponse<ProblemView> processResponse(ErrorContext context, MutableHttpResponse<?> baseResponse) {
        HttpStatus status = baseResponse.getStatus();
        String detail = status.getCode() >= 500
                ? "internal error; the service log has the details"
                : context.getErrors().stream().map(Error::getMessage).collect(Collectors.joining("; "));
        MutableHttpResponse<ProblemView> problem = Problems.of(status, detail.isBlank() ? status.getReason() : detail);
        baseResponse.getHeaders().forEach((name, values) -> values.forEach(v -> problem.header(name, v)));
        return problem.contentType(ProblemView.MEDIA_TYPE);
    }
}
