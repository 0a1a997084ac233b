package io.engagementhub.domain.port.in;

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
}
