package io.engagementhub.app.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.Execution;
import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Releasing a claimed account outlasts a database outage: a completion that cannot reach the
 * database is tried again until it can, so the account is free as soon as the database is back.
 */
class PatientCompletionTest {

    private static final ExecutionComplete DONE = ExecutionComplete.success(
            new Execution(Instant.EPOCH, new TaskInstance<>(DatabaseScheduler.TASK, "acme")),
            Instant.EPOCH,
            Instant.EPOCH);

    /** db-scheduler's wrapping of a JDBC failure, as its repository throws it. */
    private static RuntimeException wrapped(SQLException cause) {
        return new IllegalStateException("Unable to open connection", cause);
    }

    @Test
    void aCompletionThatCannotReachTheDatabaseIsTriedAgainUntilItCan() {
        AtomicInteger tries = new AtomicInteger();
        CompletionHandler<String> release = (complete, operations) -> {
            if (tries.incrementAndGet() <= 3) {
                throw wrapped(new SQLTransientConnectionException("pool timed out"));
            }
        };

        new PatientCompletion(release, () -> false).complete(DONE, null);

        assertThat(tries).hasValue(4);
    }

    @Test
    void aFailureThatIsNoOutageIsThrownAtOnce() {
        AtomicInteger tries = new AtomicInteger();
        CompletionHandler<String> release = (complete, operations) -> {
            tries.incrementAndGet();
            throw wrapped(new SQLException("Expected one execution to be updated", "23505"));
        };

        assertThatThrownBy(() -> new PatientCompletion(release, () -> false).complete(DONE, null))
                .isInstanceOf(IllegalStateException.class);
        assertThat(tries).hasValue(1);
    }

    @Test
    void aStoppingInstanceGivesUpAndLeavesTheClaimToTheDeadInstanceTakeover() {
        AtomicBoolean stopping = new AtomicBoolean();
        AtomicInteger tries = new AtomicInteger();
        CompletionHandler<String> release = (complete, operations) -> {
            if (tries.incrementAndGet() == 2) {
                stopping.set(true);
            }
            throw wrapped(new SQLException("Connection refused", "08001"));
        };

        assertThatThrownBy(() -> new PatientCompletion(release, stopping::get).complete(DONE, null))
                .hasRootCauseMessage("Connection refused");
        assertThat(tries).hasValue(2);
    }
}
