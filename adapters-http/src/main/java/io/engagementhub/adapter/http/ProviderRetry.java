package io.engagementhub.adapter.http;

import io.github.resilience4j.core.IntervalBiFunction;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one retry both provider adapters use (resilience4j): exponential backoff with jitter, a wait
 * the answer asked for ({@code Retry-After}, or a provider's own throttle wait) instead of the
 * backoff, both capped; only failures that say they are retryable are retried, and every retry is
 * reported and logged once at INFO.
 */
public final class ProviderRetry {

    private static final Logger LOG = LoggerFactory.getLogger(ProviderRetry.class);
    private static final double MULTIPLIER = 2.0;
    private static final double JITTER = 0.5;

    private ProviderRetry() {}

    /**
     * Why a request gave no usable answer, as an adapter's failure type says it: whether to try
     * again, a label for metrics and logs, and the wait the answer asked for. The message holds no
     * secret; no stack trace is kept.
     */
    public abstract static class Failure extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final String label;
        private final transient Duration retryAfter;

        protected Failure(String message, String label, Duration retryAfter) {
            super(message, null, false, false);
            this.label = Objects.requireNonNull(label, "label");
            this.retryAfter = retryAfter;
        }

        public abstract boolean retryable();

        /** A short label for metrics and logs, e.g. {@code 503} or {@code timeout}. */
        public String label() {
            return label;
        }

        /** How long the answer asked to wait, or null to back off. */
        public Duration retryAfter() {
            return retryAfter;
        }
    }

    /**
     * @param maxAttempts attempts per request, the first included
     * @param firstBackoff the first wait; doubles per attempt, with jitter
     * @param longestWait caps the backoff and any wait an answer asked for
     */
    public record Policy(int maxAttempts, Duration firstBackoff, Duration longestWait) {}

    /**
     * A retry for the requests of {@code who} (e.g. {@code Copernica account 'acme'}), telling {@code
     * onRetry} the label of each failure it retries.
     */
    public static Retry of(String who, Policy policy, Consumer<String> onRetry) {
        IntervalFunction backoff = IntervalFunction.ofExponentialRandomBackoff(
                policy.firstBackoff(), MULTIPLIER, JITTER, policy.longestWait());
        IntervalBiFunction<Object> interval = (attempt, outcome) -> {
            if (outcome.isLeft() && outcome.getLeft() instanceof Failure failure && failure.retryAfter() != null) {
                return Math.min(
                        failure.retryAfter().toMillis(), policy.longestWait().toMillis());
            }
            return backoff.apply(attempt);
        };
        RetryConfig config = RetryConfig.custom()
                .maxAttempts(policy.maxAttempts())
                .intervalBiFunction(interval)
                .retryOnException(e -> e instanceof Failure failure && failure.retryable())
                .build();
        Retry retry = Retry.of(who, config);
        retry.getEventPublisher().onRetry(event -> {
            Throwable last = event.getLastThrowable();
            onRetry.accept(
                    last instanceof Failure failure
                            ? failure.label()
                            : last.getClass().getSimpleName());
            LOG.info(
                    "{}: attempt {} failed ({}), retrying in {} ms",
                    who,
                    event.getNumberOfRetryAttempts(),
                    last.getMessage(),
                    event.getWaitInterval().toMillis());
        });
        return retry;
    }
}
