package io.engagementhub.app.ops;

import io.engagementhub.app.config.ApiAccess;
import io.micronaut.core.convert.ArgumentConversionContext;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.bind.binders.TypedRequestArgumentBinder;
import jakarta.inject.Singleton;
import java.security.Principal;
import java.util.Optional;

/**
 * Gives the health endpoint a principal exactly when the caller is one the API admits, so that
 * with {@code endpoints.health.details-visible: AUTHENTICATED} everybody else sees only the
 * overall status, never component details (database URL, account messages).
 */
@Singleton
record HealthDetailsAccess(ApiAccess access) implements TypedRequestArgumentBinder<Principal> {

    private static final Principal API_CLIENT = () -> "api-client";

    @Override
    public Argument<Principal> argumentType() {
        return Argument.of(Principal.class);
    }

    @Override
    public BindingResult<Principal> bind(ArgumentConversionContext<Principal> context, HttpRequest<?> source) {
        Optional<Principal> principal = access.admits(source) ? Optional.of(API_CLIENT) : Optional.empty();
        return () -> principal;
    }
}
