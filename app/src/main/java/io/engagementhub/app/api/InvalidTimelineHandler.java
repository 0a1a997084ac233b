package io.engagementhub.app.api;

import io.engagementhub.domain.port.in.InvalidTimelineException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** A timeline range that cannot be drawn is a 400 naming the parameter to change. */
@Produces
@Singleton
final class InvalidTimelineHandler implements ExceptionHandler<InvalidTimelineException, HttpResponse<ProblemView>> {

    @Override
    public HttpResponse<ProblemView> handle(HttpRequest request, InvalidTimelineException e) {
        return new ProblemHandlers.BadRequest().handle(request, new BadRequestException(e.parameter(), e.getMessage()));
    }
}
