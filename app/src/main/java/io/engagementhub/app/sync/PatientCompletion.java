package io.engagementhub.app.sync;

import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import com.github.kagkarlsson.scheduler.task.ExecutionOperations;
import io.engagementhub.domain.service.Patience;
import java.util.concurrent.atomic.AtomicBoolean;
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
record PatientCompletion(CompletionHandler<String> completion, BooleanSupplier stopping)
        implements CompletionHandler<String> {

    private static final Logger LOG = LoggerFactory.getLogger(PatientCompletion.class);

    @Override
    public void complete(ExecutionComplete executionComplete, ExecutionOperations<String> executionOperations) {
        AtomicBoolean warned = new AtomicBoolean();
        int failures = Patience.WITH_A_DATABASE.run(
                () -> completion.complete(executionComplete, executionOperations),
                ScheduleDatabase::isUnreachable,
                () -> {
                    if (warned.compareAndSet(false, true)) {
                        LOG.warn(
                                "account '{}': cannot release the finished sync while the database is unreachable;"
                                        + " trying again until it is back",
                                account(executionComplete));
                    }
                    return stopping.getAsBoolean();
                });
        if (failures > 0) {
            LOG.info(
                    "account '{}': the database is back; the account is free to sync again",
                    account(executionComplete));
        }
    }

    private static String account(ExecutionComplete complete) {
        return complete.getExecution().taskInstance.getId();
    }
}
