package io.engagementhub.app.ops;

import io.engagementhub.app.config.AccountSettings;
import io.engagementhub.app.config.ConfiguredAccounts;
import io.engagementhub.domain.port.in.ReconciliationUseCase;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.TaskScheduler;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code engagement_reconciliation_missing_events{account}}: per account, the events the provider's
 * own totals count that are not stored, over the last check of each campaign. A scrape shows the
 * figure as last read and never waits on the database: it is read every 15 seconds once the server
 * is up, and after each sync of the account. It is not a number until read, and while the store
 * does not answer within {@link HealthDeadline#LIMIT}.
 */
@Singleton
public final class ReconciliationGauges implements ApplicationEventListener<ServerStartupEvent> {

    private static final Duration FIRST_REFRESH = Duration.ofSeconds(1);
    private static final Duration REFRESH = Duration.ofSeconds(15);

    private final List<String> accounts;
    private final ReconciliationUseCase checks;
    private final HealthDeadline deadline;
    private final TaskScheduler scheduler;
    private final Map<String, Double> missing = new ConcurrentHashMap<>();

    ReconciliationGauges(
            MeterRegistry metrics,
            ConfiguredAccounts accounts,
            ReconciliationUseCase checks,
            HealthDeadline deadline,
            @Named(TaskExecutors.SCHEDULED) TaskScheduler scheduler) {
        this.accounts = accounts.all().stream().map(AccountSettings::name).toList();
        this.checks = checks;
        this.deadline = deadline;
        this.scheduler = scheduler;
        for (String account : this.accounts) {
            Gauge.builder("engagement.reconciliation.missing.events", () -> missing.getOrDefault(account, Double.NaN))
                    .description("Events the provider's totals count that are not stored, over the account's campaigns")
                    .tag("account", account)
                    .strongReference(true)
                    .register(metrics);
        }
    }

    @Override
    public void onApplicationEvent(ServerStartupEvent event) {
        if (!accounts.isEmpty()) {
            scheduler.scheduleWithFixedDelay(FIRST_REFRESH, REFRESH, () -> refresh(accounts));
        }
    }

    /** Reads these accounts' figures again, all of them {@code NaN} if the store does not answer in time. */
    public void refresh(Collection<String> which) {
        Map<String, Double> read = deadline.within(() -> {
                    Map<String, Double> figures = new HashMap<>();
                    which.forEach(account -> figures.put(account, (double) checks.missingEvents(account)));
                    return figures;
                })
                .orElse(Map.of());
        which.forEach(account -> missing.put(account, read.getOrDefault(account, Double.NaN)));
    }
}
