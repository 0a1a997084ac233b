package io.engagementhub.app.sync;

import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import com.github.kagkarlsson.scheduler.task.ExecutionContext;
import com.github.kagkarlsson.scheduler.task.ExecutionHandler;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.schedule.Schedule;
import io.engagementhub.app.ops.SyncRunReporter;
import io.engagementhub.domain.model.SyncRun;
import io.engagementhub.domain.port.in.SyncAccountCommand;
import io.engagementhub.domain.port.in.SyncAlreadyRunningException;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One claimed execution of an account's sync task: db-scheduler has given this instance the
 * account's row, so no other instance runs the account until this returns or this instance stops
 * sending heartbeats. Runs of the account still RUNNING in the history are therefore left over from
 * an instance that died; the engine marks them FAILED before the new run begins. An execution carrying a
 * {@link SharedSyncRequest} runs that targeted re-read, then clears it and puts the regular sync
 * back at the time it was due. The engine records a run broken off by a database outage once the
 * database is back, and {@link PatientCompletion} releases the account's row then too, so the
 * account can sync again at once rather than after the dead-instance takeover.
 */
final class AccountSyncExecution implements ExecutionHandler<String> {

    private static final Logger LOG = LoggerFactory.getLogger(AccountSyncExecution.class);

    private final SyncPorts ports;
    private final SyncRunReporter reporter;
    private final AtomicBoolean stopping = new AtomicBoolean();
    private volatile Schedule schedule;

    AccountSyncExecution(SyncPorts ports, SyncRunReporter reporter) {
        this.ports = ports;
        this.reporter = reporter;
    }

    void schedule(Schedule next) {
        this.schedule = next;
    }

    /** Asks a running sync to stop after its current page. */
    void stop() {
        stopping.set(true);
    }

    @Override
    public CompletionHandler<String> execute(TaskInstance<String> instance, ExecutionContext context) {
        String account = instance.getId();
        SharedSyncRequest targeted = targeted(account, instance.getData());
        if (ports.sources().find(account).isEmpty()) {
            LOG.warn("account '{}' is scheduled but not configured on this instance; skipped", account);
        } else if (!stopping.get()) {
            try {
                failLeftoverRuns(account, context.getExecution().pickedBy);
                SyncAccountCommand command =
                        targeted == null ? SyncAccountCommand.regular(account) : targeted.command(account);
                SyncRun run = ports.syncs().begin(command);
                reporter.finished(ports.syncs().execute(run, stopping::get));
            } catch (SyncAlreadyRunningException e) {
                LOG.warn(
                        "account '{}': run {} is still going in this process",
                        account,
                        e.running().id());
            } catch (RuntimeException e) {
                LOG.error("sync of account '{}' broke off", account, e);
            }
        }
        CompletionHandler<String> completion = targeted == null
                ? new CompletionHandler.OnCompleteReschedule<>(schedule)
                : new CompletionHandler.OnCompleteReschedule<>(
                        targeted.resumeAt() == null ? schedule : new DueAt(targeted.resumeAt()), null);
        return new PatientCompletion(completion, stopping::get);
    }

    /** The targeted request in the execution's data, or null for a regular sync. */
    private static SharedSyncRequest targeted(String account, String data) {
        if (data == null) {
            return null;
        }
        try {
            return SharedSyncRequest.decode(data);
        } catch (IllegalArgumentException e) {
            LOG.warn(
                    "account '{}': ignoring scheduled data that is no targeted sync request; syncing as usual",
                    account);
            return null;
        }
    }

    /** The regular sync's next time after a targeted run: when it was due before the request. */
    private record DueAt(Instant at) implements Schedule {

        @Override
        public Instant getNextExecutionTime(ExecutionComplete complete) {
            return at;
        }

        @Override
        public boolean isDeterministic() {
            return false;
        }
    }

    private void failLeftoverRuns(String account, String takenOverBy) {
        for (SyncRun run : ports.syncs().failLeftoverRuns(account, takenOverBy)) {
            LOG.warn(
                    "sync {} of account '{}' was left RUNNING by instance {}; marked FAILED",
                    run.id(),
                    account,
                    run.instance());
        }
    }
}
