package io.engagementhub.adapter.copernica;

import io.engagementhub.domain.port.out.SourceObserver;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The retry policy of one account: exponential backoff with jitter, transient failures only. */
final class CopernicaRetry {

    private static final Logger LOG = LoggerFactory.getLogger(CopernicaRetry.class);
    private static final double MULTIPLIER = 2.0;
    private static final double JITTER = 0.5;

    private CopernicaRetry() {}

    static Retry create(CopernicaSettings settings, SourceObserver observer) {
        CopernicaRetrySettings retry = settings.options().retry();
        RetryConfig config = RetryConfig.custom()
                .maxAttempts(retry.maxAttempts())
                .intervalFunction(IntervalFunction.ofExponentialRandomBackoff(
                        retry.initialBackoff(), MULTIPLIER, JITTER, retry.maxBackoff()))
                .retryOnException(e -> e instanceof TransientFailure)
                .build();
        Retry result = Retry.of("copernica-" + settings.account(), config);
        result.getEventPublisher().onRetry(event -> {
            String reason = event.getLastThrowable() instanceof TransientFailure failure ? failure.reason() : "error";
            observer.retrying(CopernicaApiClient.PROVIDER, settings.account(), reason);
            LOG.info(
                    "Copernica account '{}': attempt {} failed ({}), retrying in {} ms",
                    settings.account(),
                    event.getNumberOfRetryAttempts(),
                    event.getLastThrowable().getMessage(),
                    event.getWaitInterval().toMillis());
        });
        return result;
    }
}
