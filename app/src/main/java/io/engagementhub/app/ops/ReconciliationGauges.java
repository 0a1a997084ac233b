package io.engagementhub.app.ops;

import io.engagementhub.app.config.AccountSettings;
import io.engagementhub.app.config.ConfiguredAccounts;
import io.engagementhub.domain.port.in.ReconciliationUseCase;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.inject.Singleton;

/**
 * {@code engagement_reconciliation_missing_events{account}}: per account, the events the provider's
 * own totals count that are not stored, over the last check of each campaign; read from the store
 * at every scrape, and not a number while the store cannot answer.
 */
@Singleton
public record ReconciliationGauges(MeterRegistry metrics, ConfiguredAccounts accounts, ReconciliationUseCase checks)
        implements ApplicationEventListener<ServerStartupEvent> {

    @Override
    public void onApplicationEvent(ServerStartupEvent event) {
        for (AccountSettings account : accounts.all()) {
            Gauge.builder("engagement.reconciliation.missing.events", () -> missing(account.name()))
                    .description("Events the provider's totals count that are not stored, over the account's campaigns")
                    .tag("account", account.name())
                    .strongReference(true)
                    .register(metrics);
        }
    }

    private double missing(String account) {
        try {
            return checks.missingEvents(account);
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }
}
