package io.engagementhub.app.ops;

import io.engagementhub.app.config.ConfiguredAccounts;
import io.engagementhub.domain.model.SyncRun;
import io.engagementhub.domain.model.SyncStatus;
import io.engagementhub.domain.port.in.QuerySyncRunsUseCase;
import io.engagementhub.domain.port.in.SyncRunsQuery;
import io.micronaut.health.HealthStatus;
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
public class AccountsHealthIndicator extends DeadlineHealthIndicator {

    static final HealthStatus DEGRADED = new HealthStatus("DEGRADED", "a sync failed", true, 1);

    private final ConfiguredAccounts accounts;
    private final QuerySyncRunsUseCase queries;

    AccountsHealthIndicator(ConfiguredAccounts accounts, QuerySyncRunsUseCase queries, HealthDeadline deadline) {
        super(deadline, HealthStatus.UNKNOWN);
        this.accounts = accounts;
        this.queries = queries;
    }

    @Override
    protected Check check() {
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
        return new Check(anyFailed ? DEGRADED : HealthStatus.UP, details);
    }

    @Override
    protected String getName() {
        return "accounts";
    }
}
