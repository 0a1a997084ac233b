package io.engagementhub.adapter.constantcontact;

import io.engagementhub.domain.port.out.SourceObserver;
import io.github.resilience4j.core.IntervalBiFunction;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The retry policy of one account: exponential backoff with jitter for transient failures, the
 * throttle wait (or the answer's {@code Retry-After}, capped) after a {@code throttled} 429. Every
 * retry is reported to the observer and logged once.
 */
final class ConstantContactRetry {

    private static final Logger LOG = LoggerFactory.getLogger(ConstantContactRetry.class);
    private static final double MULTIPLIER = 2.0;
    private static final double JITTER = 0.5;
    /** The longest wait between two attempts, a {@code Retry-After} included. */
    private static final Duration MAX_WAIT = Duration.ofSeconds(60);

    private ConstantContactRetry() {}

    static Retry of(String account, ConstantContactTimings timings, SourceObserver observer) {
        IntervalFunction backoff =
                IntervalFunction.ofExponentialRandomBackoff(timings.retryBackoff(), MULTIPLIER, JITTER, MAX_WAIT);
        IntervalBiFunction<Object> interval = (attempt, outcome) -> {
            if (outcome.isLeft() && outcome.getLeft() instanceof ConstantContactFailure failure) {
                if (failure.retryAfter() != null) {
                    return Math.min(failure.retryAfter().toMillis(), MAX_WAIT.toMillis());
                }
                if (failure.kind() == ConstantContactFailure.Kind.THROTTLED) {
                    return timings.throttleBackoff().toMillis();
                }
            }
            return backoff.apply(attempt);
        };
        RetryConfig config = RetryConfig.custom()
                .maxAttempts(timings.maxAttempts())
                .intervalBiFunction(interval)
                .retryOnException(e -> e instanceof ConstantContactFailure failure && failure.retryable())
                .build();
        Retry retry = Retry.of("constantcontact-" + account, config);
        retry.getEventPublisher().onRetry(event -> {
            String label = event.getLastThrowable() instanceof ConstantContactFailure failure
                    ? failure.label()
                    : event.getLastThrowable().getClass().getSimpleName();
            observer.retrying(ConstantContactContext.PROVIDER, account, label);
            LOG.info(
                    "Constant Contact account '{}': attempt {} failed ({}), retrying in {} ms",
                    account,
                    event.getNumberOfRetryAttempts(),
                    event.getLastThrowable().getMessage(),
                    event.getWaitInterval().toMillis());
        });
        return retry;
    }
}
