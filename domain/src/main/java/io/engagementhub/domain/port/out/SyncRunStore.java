package io.engagementhub.domain.port.out;

import io.engagementhub.domain.model.SyncRun;
import io.engagementhub.domain.model.SyncRunId;
import java.util.List;
import java.util.Optional;

/** The history of sync runs. */
public interface SyncRunStore {

    /** Saves a run, replacing the saved state of a run with the same id. */
    void save(SyncRun run);

    /** The run with this id, if there is one. */
    Optional<SyncRun> find(SyncRunId id);

    /** The account's most recent runs, newest first, at most {@code limit}. */
    List<SyncRun> recent(String account, int limit);
}
