package io.engagementhub.domain.port.in;

import io.engagementhub.domain.model.SyncRun;
import java.util.List;

/**
 * Pulls an account's new events from its provider into the store, stream by stream, page by page,
 * or re-reads a time range or campaign of it. At most one run per account is under way at a time.
 */
public interface SyncAccountUseCase {

    /**
     * Checks that {@code command} can run: the account is configured and, for a targeted re-read,
     * its provider can narrow by the target. Needs no request to the provider.
     *
     * @throws UnknownAccountException if no such account is configured
     * @throws InvalidSyncTargetException if the provider cannot re-read the target
     */
    void check(SyncAccountCommand command);

    /**
     * Registers a new run in state RUNNING, without doing any work yet, after {@link #check}.
     *
     * @throws UnknownAccountException if no such account is configured
     * @throws InvalidSyncTargetException if the provider cannot re-read the target
     * @throws SyncAlreadyRunningException if a run of the account is under way
     */
    SyncRun begin(SyncAccountCommand command);

    /**
     * Performs a run returned by {@link #begin} to its end and returns it finished. Provider and
     * storage failures end up in the run's status and messages, not as exceptions.
     */
    SyncRun execute(SyncRun run, StopSignal stop);

    /**
     * Marks the runs a previous process left in state RUNNING (it stopped before they finished) as
     * FAILED, so that history and health tell the truth. Call once at startup, before syncing.
     *
     * @return the runs so marked
     */
    List<SyncRun> failInterruptedRuns();

    /**
     * Marks the account's runs still in state RUNNING as FAILED: the instance that ran them stopped
     * before they finished. Call only while this instance holds the account on the shared schedule,
     * so that no instance can be running them.
     *
     * @param takenOverBy the instance that took the account over, named in each run's message
     * @return the runs so marked
     */
    List<SyncRun> failLeftoverRuns(String account, String takenOverBy);

    /** Begins and performs a run. */
    default SyncRun sync(SyncAccountCommand command, StopSignal stop) {
        return execute(begin(command), stop);
    }

    /** Begins and performs a regular sync of {@code account}. */
    default SyncRun sync(String account, StopSignal stop) {
        return sync(SyncAccountCommand.regular(account), stop);
    }
}
