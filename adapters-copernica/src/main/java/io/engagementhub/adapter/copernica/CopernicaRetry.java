package io.engagementhub.adapter.copernica;

import io.engagementhub.domain.port.out.SourceObserver;
import io.github.resilience4j.core.IntervalBiFunction;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The retry policy of one account: exponential backoff with jitter for retryable failures, or the
 * wait a 429's {@code Retry-After} asked for (never beyond the longest backoff). Every retry is
 * reported to the observer and logged once.
 */
final class CopernicaRetry {

    private static final Logger LOG = LoggerFactory.getLogger(CopernicaRetry.class);
    private static final double MULTIPLIER = 2.0;
    private static final double JITTER = 0.5;

    private CopernicaRetry() {}

    static Retry of(String account, CopernicaRetrySettings settings, SourceObserver observer) {
        IntervalFunction backoff = IntervalFunction.ofExponentialRandomBackoff(
                settings.initialBackoff(), MULTIPLIER, JITTER, settings.maxBackoff());
        IntervalBiFunction<Object> interval = (attempt, outcome) -> {
            if (outcome.isLeft()
                    && outcome.getLeft() instanceof CopernicaFailure failure
                    && failure.retryAfter() != null) {
                Duration wait = failure.retryAfter();
                return Math.min(wait.toMillis(), settings.maxBackoff().toMillis());
            }
            return backoff.apply(attempt);
        };
        RetryConfig config = RetryConfig.custom()
                .maxAttempts(settings.maxAttempts())
                .intervalBiFunction(interval)
                .retryOnException(e -> e instanceof CopernicaFailure failure && failure.retryable())
                .build();
        Retry retry = Retry.of("copernica-" + account, config);
        retry.getEventPublisher().onRetry(event -> {
            String label = event.getLastThrowable() instanceof CopernicaFailure failure ? failure.label() : "error";
            observer.retrying(CopernicaTransport.PROVIDER, account, label);
            LOG.info(
                    "Copernica account '{}': attempt {} failed ({}), retrying in {} ms",
                    account,
                    event.getNumberOfRetryAttempts(),
                    event.getLastThrowable().getMessage(),
                    event.getWaitInterval().toMillis());
        });
        return retry;
    }
}
