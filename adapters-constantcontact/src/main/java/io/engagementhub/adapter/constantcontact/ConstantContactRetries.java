package io.engagementhub.adapter.constantcontact;

import io.github.resilience4j.core.IntervalBiFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;

/** The retry policy: transient failures back off exponentially, {@code throttled} 429s wait a fixed time. */
final class ConstantContactRetries {

    private ConstantContactRetries() {}

    static Retry of(ConstantContactContext context) {
        ConstantContactTimings timings = context.settings().timings();
        IntervalBiFunction<Object> interval = (attempt, outcome) -> {
            if (outcome.isLeft()
                    && outcome.getLeft() instanceof ConstantContactTransientFailure failure
                    && failure.throttled()) {
                return timings.throttleBackoff().toMillis();
            }
            return timings.retryBackoff().toMillis() << Math.min(Math.max(attempt - 1, 0), 10);
        };
        RetryConfig config = RetryConfig.custom()
                .maxAttempts(timings.maxAttempts())
                .intervalBiFunction(interval)
                .retryExceptions(ConstantContactTransientFailure.class)
                .build();
        Retry retry = Retry.of("constantcontact-" + context.account(), config);
        retry.getEventPublisher().onRetry(event -> context.observer()
                .retrying(ConstantContactContext.PROVIDER, context.account(), reason(event.getLastThrowable())));
        return retry;
    }

    private static String reason(Throwable failure) {
        return failure instanceof ConstantContactTransientFailure transientFailure
                ? transientFailure.reason()
                : failure.getClass().getSimpleName();
    }
}
