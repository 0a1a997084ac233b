package io.engagementhub.app.sync;

import io.engagementhub.domain.model.SyncRun;
import io.engagementhub.domain.port.in.InvalidSyncTargetException;
import io.engagementhub.domain.port.in.SyncAccountCommand;
import io.engagementhub.domain.port.in.SyncAlreadyRunningException;
import io.engagementhub.domain.port.in.UnknownAccountException;
import java.time.Instant;
import java.util.Optional;

/**
 * Where syncs are scheduled and asked for: {@link InProcessSchedule} (H2, one instance) or {@link
 * SharedSchedule} (PostgreSQL, several instances, through db-scheduler). The composition root
 * picks one at startup; the REST API and the startup see only this.
 */
public interface SyncSchedule {

    /**
     * Begins scheduling: every account now and then every {@code engagement.sync.every}, unless that
     * is {@code off}.
     */
    void start();

    /**
     * Starts a sync (regular or targeted) now, on this instance or, on a shared schedule, on
     * whichever instance claims it first.
     *
     * @return the run in state RUNNING, or empty if, on a shared schedule, no instance began it
     *     within a short wait (it stays due)
     * @throws UnknownAccountException if no such account exists
     * @throws InvalidSyncTargetException if the provider cannot re-read the command's target
     * @throws SyncAlreadyRunningException if a sync of the account is running (on any instance)
     */
    Optional<SyncRun> syncNow(SyncAccountCommand command);

    /**
     * When the schedule next syncs {@code account}: empty while its sync is due or running now, and
     * with the schedule off.
     */
    Optional<Instant> nextRun(String account);

    /** Asks running syncs to stop after their current page, waits for them boundedly, and stops scheduling. */
    void stop();
}
