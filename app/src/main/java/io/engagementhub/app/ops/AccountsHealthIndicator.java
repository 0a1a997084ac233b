package io.engagementhub.app.ops;

import io.engagementhub.app.config.ConfiguredAccounts;
import io.engagementhub.domain.model.SyncRun;
import io.engagementhub.domain.model.SyncStatus;
import io.engagementhub.domain.port.in.QuerySyncRunsUseCase;
import io.engagementhub.domain.port.in.SyncRunsQuery;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.AbstractHealthIndicator;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Per account: the status of its last finished sync and whether it failed. Any failed account
 * makes the service DEGRADED: still serving (HTTP 200), but an operator should look. UNKNOWN when
 * the run history cannot be read within {@link HealthDeadline#LIMIT}.
 */
@Singleton
public class AccountsHealthIndicator extends AbstractHealthIndicator<Map<String, Object>> {

    static final HealthStatus DEGRADED = new HealthStatus("DEGRADED", "a sync failed", true, 1);

    private final ConfiguredAccounts accounts;
    private final QuerySyncRunsUseCase queries;
    private final HealthDeadline deadline;

    AccountsHealthIndicator(ConfiguredAccounts accounts, QuerySyncRunsUseCase queries, HealthDeadline deadline) {
        this.accounts = accounts;
        this.queries = queries;
        this.deadline = deadline;
    }

    @Override
    protected Map<String, Object> getHealthInformation() {
        Report report = deadline.within(this::report)
                .orElseGet(() -> new Report(HealthStatus.UNKNOWN, Map.of("error", HealthDeadline.noAnswer())));
        healthStatus = report.status();
        return report.details();
    }

    private Report report() {
        Map<String, Object> details = new LinkedHashMap<>();
        boolean anyFailed = false;
        for (var account : accounts.all()) {
            List<SyncRun> finished = queries.recentRuns(new SyncRunsQuery(account.name(), 5)).stream()
                    .filter(run -> run.status() != SyncStatus.RUNNING)
                    .toList();
            Map<String, Object> state = new LinkedHashMap<>();
            state.put("provider", account.provider());
            if (finished.isEmpty()) {
                state.put("lastSync", "none yet");
            } else {
                SyncRun last = finished.get(0);
                boolean failed = last.status() == SyncStatus.FAILED;
                anyFailed |= failed;
                state.put("lastSync", last.status().name());
                state.put("lastSyncFailed", failed);
                state.put("finishedAt", last.finishedAt().toString());
                if (last.message() != null) {
                    state.put("message", last.message());
                }
            }
            details.put(account.name(), state);
        }
        return new Report(anyFailed ? DEGRADED : HealthStatus.UP, details);
    }

    private record Report(HealthStatus status, Map<String, Object> details) {}

    @Override
    protected String getName() {
        return "accounts";
    }
}
