package io.engagementhub.domain.port.in;

import io.engagementhub.domain.model.SyncRun;
import java.util.List;

/**
 * Pulls an account's new events from its provider into the store, stream by stream, page by page.
 * At most one run per account is under way at a time.
 */
public interface SyncAccountUseCase {

    /**
     * Registers a new run of {@code account} in state RUNNING, without doing any work yet.
     *
     * @throws UnknownAccountException if no such account is configured
     * @throws SyncAlreadyRunningException if a run of the account is under way
     */
    SyncRun begin(String account);

    /**
     * Performs a run returned by {@link #begin(String)} to its end and returns it finished. Provider
     * and storage failures end up in the run's status and messages, not as exceptions.
     */
    SyncRun execute(SyncRun run, StopSignal stop);

    /**
     * Marks the runs a previous process left in state RUNNING (it stopped before they finished) as
     * FAILED, so that history and health tell the truth. Call once at startup, before syncing.
     *
     * @return the runs so marked
     */
    List<SyncRun> failInterruptedRuns();

    /** Begins and performs a run of {@code account}. */
    default SyncRun sync(String account, StopSignal stop) {
        return execute(begin(account), stop);
    }
}
