package io.engagementhub.app.api;

import io.engagementhub.domain.port.in.InvalidRequestException;
import io.engagementhub.domain.port.in.SyncAlreadyRunningException;
import io.engagementhub.domain.port.in.UnknownAccountException;
import io.engagementhub.domain.port.in.UnknownCampaignException;
import io.engagementhub.domain.port.out.StoreUnavailableException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Maps the API's and the domain's exceptions to problem JSON with the right status. */
final class ProblemHandlers {

    private ProblemHandlers() {}

    /**
     * A parameter or body field the API could not read, a timeline range that cannot be drawn, or a
     * sync target that is malformed or that the provider cannot narrow by: 400 naming the part.
     */
    @Produces
    @Singleton
    static final class BadRequest implements ExceptionHandler<InvalidRequestException, HttpResponse<ProblemView>> {
        @Override
        public HttpResponse<ProblemView> handle(HttpRequest request, InvalidRequestException e) {
            return Problems.of(HttpStatus.BAD_REQUEST, e.getMessage());
        }
    }

    /** A 404 whose detail is the exception's message, which names what was not found. */
    abstract static class NotFound<E extends RuntimeException>
            implements ExceptionHandler<E, HttpResponse<ProblemView>> {
        @Override
        public HttpResponse<ProblemView> handle(HttpRequest request, E e) {
            return Problems.of(HttpStatus.NOT_FOUND, e.getMessage());
        }
    }

    @Produces
    @Singleton
    static final class UnknownAccount extends NotFound<UnknownAccountException> {}

    @Produces
    @Singleton
    static final class UnknownCampaign extends NotFound<UnknownCampaignException> {}

    @Produces
    @Singleton
    static final class AlreadyRunning
            implements ExceptionHandler<SyncAlreadyRunningException, HttpResponse<ProblemView>> {
        @Override
        public HttpResponse<ProblemView> handle(HttpRequest request, SyncAlreadyRunningException e) {
            return Problems.of(HttpStatus.CONFLICT, e.getMessage(), SyncRunView.of(e.running()));
        }
    }

    /**
     * The database cannot be reached: 503 with {@code Retry-After}, so a client tries again instead
     * of reading a failure of its request; the cause (a host, an SQL state) stays in the log.
     */
    @Produces
    @Singleton
    static final class DatabaseUnavailable
            implements ExceptionHandler<StoreUnavailableException, HttpResponse<ProblemView>> {

        private static final Logger LOG = LoggerFactory.getLogger(DatabaseUnavailable.class);
        static final String RETRY_AFTER_SECONDS = "5";

        @Override
        public HttpResponse<ProblemView> handle(HttpRequest request, StoreUnavailableException e) {
            LOG.warn("{} {}: {}", request.getMethod(), request.getPath(), e.getMessage());
            return Problems.of(
                            HttpStatus.SERVICE_UNAVAILABLE, "the database is unavailable; try again in a few seconds")
                    .header("Retry-After", RETRY_AFTER_SECONDS);
        }
    }
}
