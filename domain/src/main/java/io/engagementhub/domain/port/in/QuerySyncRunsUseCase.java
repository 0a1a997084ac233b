package io.engagementhub.domain.port.in;

import io.engagementhub.domain.model.AccountUsage;
import io.engagementhub.domain.model.SyncRun;
import io.engagementhub.domain.model.SyncRunId;
import java.util.List;
import java.util.Optional;

/** Answers how syncs went: one run by id, or an account's recent runs. */
public interface QuerySyncRunsUseCase {

    /** The sync run with this id, if there is one. */
    Optional<SyncRun> run(SyncRunId id);

    /**
     * The account's most recent sync runs, newest first.
     *
     * @throws UnknownAccountException if no such account is configured
     */
    List<SyncRun> recentRuns(SyncRunsQuery query);

    /**
     * What syncing the account costs: the requests and stored events of its most recent finished
     * runs (up to {@code SyncRunsQuery.MAX_LIMIT}), and the provider's own count where it gives one.
     *
     * @throws UnknownAccountException if no such account is configured
     */
    AccountUsage usage(String account);
}
