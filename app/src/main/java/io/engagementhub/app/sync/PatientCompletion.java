package io.engagementhub.app.sync;

import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import com.github.kagkarlsson.scheduler.task.ExecutionOperations;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Completes a claimed execution (reschedules it and releases the claim), trying again while the
 * database cannot be reached. db-scheduler completes once: a failure leaves the row claimed by this
 * live instance, and every instance then waits for the dead-instance takeover (minutes) before the
 * account can sync again. While this waits, db-scheduler keeps sending the execution's heartbeats,
 * so no other instance takes it over. Gives up when the instance stops.
 */
final class PatientCompletion implements CompletionHandler<String> {

    private static final Logger LOG = LoggerFactory.getLogger(PatientCompletion.class);
    private static final long FIRST_PAUSE_MILLIS = 200;
    private static final long LONGEST_PAUSE_MILLIS = 2_000;

    private final CompletionHandler<String> completion;
    private final BooleanSupplier stopping;

    PatientCompletion(CompletionHandler<String> completion, BooleanSupplier stopping) {
        this.completion = completion;
        this.stopping = stopping;
    }

    @Override
    public void complete(ExecutionComplete executionComplete, ExecutionOperations<String> executionOperations) {
        long pause = FIRST_PAUSE_MILLIS;
        boolean warned = false;
        while (true) {
            try {
                completion.complete(executionComplete, executionOperations);
                if (warned) {
                    LOG.info(
                            "account '{}': the database is back; the account is free to sync again",
                            account(executionComplete));
                }
                return;
            } catch (RuntimeException e) {
                if (!ScheduleDatabase.isUnreachable(e) || stopping.getAsBoolean() || !pause(pause)) {
                    throw e;
                }
                if (!warned) {
                    LOG.warn(
                            "account '{}': cannot release the finished sync while the database is unreachable;"
                                    + " trying again until it is back",
                            account(executionComplete));
                    warned = true;
                }
                pause = Math.min(pause * 2, LONGEST_PAUSE_MILLIS);
            }
        }
    }

    private static String account(ExecutionComplete complete) {
        return complete.getExecution().taskInstance.getId();
    }

    private static boolean pause(long millis) {
        try {
            Thread.sleep(millis);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
