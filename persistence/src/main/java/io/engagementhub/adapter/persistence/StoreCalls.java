package io.engagementhub.adapter.persistence;

import io.engagementhub.domain.port.out.EventStoreException;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Set;
import java.util.function.Supplier;
import org.jooq.exception.DataAccessException;

/**
 * Runs store operations: retries an operation that lost a race with a concurrent writer (every write
 * is idempotent or compare-and-set, so running it again is safe), and turns any other database
 * failure into the domain's {@link EventStoreException}.
 */
final class StoreCalls {

    /**
     * SQL states of a lost race: unique key taken by a concurrent insert, serialization failure,
     * deadlock, lock timeout, and H2's concurrent update of a row.
     */
    private static final Set<String> RACES = Set.of("23505", "40001", "40P01", "HYT00", "90131");

    private static final int ATTEMPTS = 8;

    private final Retry retry;
    private final boolean quoteCause;

    private StoreCalls(String name, boolean quoteCause) {
        this.retry = Retry.of(
                name,
                RetryConfig.custom()
                        .maxAttempts(ATTEMPTS)
                        .intervalFunction(IntervalFunction.ofExponentialRandomBackoff(
                                Duration.ofMillis(5), 2.0, Duration.ofMillis(200)))
                        .retryOnException(StoreCalls::isLostRace)
                        .build());
        this.quoteCause = quoteCause;
    }

    /** For data that may appear in error messages (events, runs). */
    static StoreCalls forData(String name) {
        return new StoreCalls(name, true);
    }

    /**
     * For secrets: failures name the SQL state only and do not chain the driver's exception, whose
     * message may quote the row being written.
     */
    static StoreCalls forSecrets(String name) {
        return new StoreCalls(name, false);
    }

    <T> T run(String what, Supplier<T> operation) {
        try {
            return retry.executeSupplier(operation);
        } catch (DataAccessException e) {
            String state = sqlState(e);
            if (quoteCause) {
                throw new EventStoreException(what + " failed (SQL state " + state + "): " + e.getMessage(), e);
            }
            throw new EventStoreException(what + " failed (SQL state " + state + ")", null);
        }
    }

    static boolean isLostRace(Throwable failure) {
        return RACES.contains(sqlState(failure));
    }

    private static String sqlState(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return "unknown";
    }
}
