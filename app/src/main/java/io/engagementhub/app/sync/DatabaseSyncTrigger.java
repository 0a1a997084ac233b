package io.engagementhub.app.sync;

import com.github.kagkarlsson.scheduler.ScheduledExecution;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.exceptions.ExecutionException;
import com.github.kagkarlsson.scheduler.exceptions.TaskInstanceCurrentlyExecutingException;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import io.engagementhub.domain.model.SyncRun;
import io.engagementhub.domain.model.SyncRunId;
import io.engagementhub.domain.model.SyncStatus;
import io.engagementhub.domain.model.SyncTarget;
import io.engagementhub.domain.port.in.InvalidSyncTargetException;
import io.engagementhub.domain.port.in.SyncAccountCommand;
import io.engagementhub.domain.port.in.SyncAlreadyRunningException;
import io.engagementhub.domain.port.in.SyncRunsQuery;
import io.engagementhub.domain.port.in.UnknownAccountException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * An on-demand sync on the shared schedule: the account's execution is made due now, so that
 * whichever instance claims it (usually this one, which checks at once) runs the sync under the
 * same one-at-a-time rule as scheduled syncs. If another instance is running the account, the
 * caller learns that run. A targeted re-read travels in the execution's data
 * ({@link SharedSyncRequest}), with the time the regular sync was due, which it takes up again
 * after; a targeted request that finds the execution already due puts its target on it.
 */
record DatabaseSyncTrigger(SchedulerClient schedule, SyncPorts ports, Duration maxWait) {

    private static final Duration STEP = Duration.ofMillis(100);

    /**
     * Makes the account's sync due now and waits, at most the configured time, for its run to begin.
     *
     * @return the run, or empty if no instance began it within the wait (it stays due)
     * @throws UnknownAccountException if the account is not configured
     * @throws InvalidSyncTargetException if the provider cannot re-read the command's target
     * @throws SyncAlreadyRunningException if an instance is running the account
     */
    Optional<SyncRun> trigger(SyncAccountCommand command) {
        ports.syncs().check(command);
        String account = command.account();
        SyncTarget target = command.target().orElse(null);
        TaskInstanceId id = TaskInstanceId.of(DatabaseScheduler.TASK, account);
        Instant deadline = Instant.now().plus(maxWait);
        Optional<SyncRunId> before = latest(account).map(SyncRun::id);
        boolean due = false;
        while (!due && Instant.now().isBefore(deadline)) {
            Optional<ScheduledExecution<Object>> execution = schedule.getScheduledExecution(id);
            if (execution.isEmpty()) {
                String data = target == null ? null : new SharedSyncRequest(target, null).encode();
                due = schedule.scheduleIfNotExists(
                        new TaskInstance<>(DatabaseScheduler.TASK, account, data), Instant.now());
            } else if (execution.get().isPicked()) {
                Optional<SyncRun> running = latest(account).filter(run -> run.status() == SyncStatus.RUNNING);
                if (running.isPresent()) {
                    throw new SyncAlreadyRunningException(running.get());
                }
                pause();
            } else if (target != null) {
                Instant regular = execution.get().getExecutionTime();
                due = reschedule(id, new SharedSyncRequest(target, regular).encode());
            } else if (!execution.get().getExecutionTime().isAfter(Instant.now())) {
                due = true; // already due: triggered by another request, or its time has come
            } else {
                due = reschedule(id, null);
            }
        }
        while (due && Instant.now().isBefore(deadline)) {
            Optional<SyncRun> begun =
                    latest(account).filter(run -> before.isEmpty() || !run.id().equals(before.get()));
            if (begun.isPresent()) {
                return begun;
            }
            pause();
        }
        return Optional.empty();
    }

    /** Makes the execution due now; with {@code data} (a targeted request) set, else left as it is. */
    private boolean reschedule(TaskInstanceId id, String data) {
        try {
            return data == null ? schedule.reschedule(id, Instant.now()) : schedule.reschedule(id, Instant.now(), data);
        } catch (TaskInstanceCurrentlyExecutingException | ExecutionException e) {
            // Claimed or changed by another instance meanwhile (db-scheduler's optimistic version
            // check): look again.
            return false;
        }
    }

    private Optional<SyncRun> latest(String account) {
        return ports.runs().recentRuns(SyncRunsQuery.latest(account)).stream().findFirst();
    }

    private static void pause() {
        try {
            Thread.sleep(STEP.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
