package io.engagementhub.app.ops;

import io.engagementhub.app.config.ConfiguredAccounts;
import io.engagementhub.app.config.ConstantContactAccount;
import io.engagementhub.domain.model.RequestQuota;
import io.engagementhub.domain.port.out.RequestBudget;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.health.HealthStatus;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.TaskScheduler;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The daily request quota of each Constant Contact application, where the budget counts it (on
 * PostgreSQL, shared by every instance): in {@code /health} as {@code requestBudget} with the
 * requests remaining and when the quota resets, and in {@code /prometheus} as {@code
 * engagement_provider_quota_remaining} and {@code engagement_provider_quota_application_resets_at}.
 * A used-up quota is not a fault of the service: the status stays UP. The gauges show the quota as
 * last read (by this indicator, or every 15 seconds once the server is up), so a scrape never waits
 * on the database. The refresh is scheduled at the server's start, not with {@code @Scheduled}: that
 * one is set up on another thread, and at a failed start it logged an error of its own.
 */
@Singleton
public class RequestBudgetHealthIndicator extends DeadlineHealthIndicator
        implements ApplicationEventListener<ServerStartupEvent> {

    private static final Duration FIRST_REFRESH = Duration.ofSeconds(1);
    private static final Duration REFRESH = Duration.ofSeconds(15);
    private static final String PROVIDER = "constantcontact";

    private final RequestBudget budget;
    private final HealthDeadline deadline;
    private final TaskScheduler scheduler;
    private final Set<String> applications = new TreeSet<>();
    private final Map<String, RequestQuota> lastRead = new ConcurrentHashMap<>();

    RequestBudgetHealthIndicator(
            RequestBudget budget,
            ConfiguredAccounts accounts,
            MeterRegistry metrics,
            HealthDeadline deadline,
            @Named(TaskExecutors.SCHEDULED) TaskScheduler scheduler) {
        super(deadline, HealthStatus.UNKNOWN);
        this.budget = budget;
        this.deadline = deadline;
        this.scheduler = scheduler;
        accounts.all().stream()
                .filter(ConstantContactAccount.class::isInstance)
                .map(a -> ((ConstantContactAccount) a).clientId())
                .forEach(applications::add);
        applications.forEach(application -> register(metrics, application));
    }

    private void register(MeterRegistry metrics, String application) {
        Gauge.builder("engagement.provider.quota.remaining", () -> Optional.ofNullable(lastRead.get(application))
                        .map(RequestQuota::remaining)
                        .orElse(-1L))
                .description("requests left today in the application's shared daily budget; -1 where not counted")
                .tag("provider", PROVIDER)
                .tag("application", application)
                .register(metrics);
        Gauge.builder("engagement.provider.quota.application.resets.at", () -> Optional.ofNullable(
                                lastRead.get(application))
                        .map(q -> q.resetsAt().getEpochSecond())
                        .orElse(0L))
                .description("epoch second the application's shared daily budget is full again; 0 where not counted")
                .tag("provider", PROVIDER)
                .tag("application", application)
                .register(metrics);
    }

    @Override
    public void onApplicationEvent(ServerStartupEvent event) {
        if (!applications.isEmpty()) {
            scheduler.scheduleWithFixedDelay(FIRST_REFRESH, REFRESH, this::refresh);
        }
    }

    /** Reads every application's quota for the gauges; a database that does not answer keeps the last figures. */
    private void refresh() {
        deadline.within(this::read);
    }

    private Map<String, RequestQuota> read() {
        Map<String, RequestQuota> quotas = new LinkedHashMap<>();
        for (String application : applications) {
            budget.quota(application).ifPresent(quota -> quotas.put(application, quota));
        }
        lastRead.putAll(quotas);
        return quotas;
    }

    @Override
    protected Check check() {
        Map<String, Object> details = new LinkedHashMap<>();
        read().forEach((application, quota) -> {
            Map<String, Object> state = new LinkedHashMap<>();
            state.put("provider", PROVIDER);
            state.put("remaining", quota.remaining());
            state.put("resetsAt", quota.resetsAt().toString());
            details.put(application, state);
        });
        return new Check(HealthStatus.UP, details);
    }

    @Override
    protected String getName() {
        return "requestBudget";
    }
}
