package io.engagementhub.adapter.constantcontact;

import io.engagementhub.adapter.http.ProviderRetry;
import io.engagementhub.domain.port.out.SourceObserver;
import io.github.resilience4j.retry.Retry;
import java.time.Clock;
import java.time.Duration;

/** What every part of one account's source shares. */
record ConstantContactContext(
        ConstantContactSettings settings,
        Clock clock,
        SourceObserver observer,
        ConstantContactJson json,
        ConstantContactBudgets budgets) {

    static final String PROVIDER = "constantcontact";

    /** The longest wait between two attempts, a {@code Retry-After} included. */
    private static final Duration LONGEST_WAIT = Duration.ofSeconds(60);

    String account() {
        return settings.account();
    }

    String clientId() {
        return settings.application().clientId();
    }

    /** A new retry for the account's requests, reporting each retry to the observer. */
    Retry retry() {
        return ProviderRetry.of(
                "Constant Contact account '" + account() + "'",
                new ProviderRetry.Policy(
                        settings.reading().maxAttempts(), settings.reading().retryBackoff(), LONGEST_WAIT),
                label -> observer.retrying(PROVIDER, account(), label));
    }
}
