package io.engagementhub.adapter.persistence;

import io.engagementhub.domain.port.out.EventStoreException;
import io.engagementhub.domain.port.out.StoreUnavailableException;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.Set;
import java.util.function.Supplier;
import org.jooq.exception.DataAccessException;

/**
 * Runs store operations: retries an operation that lost a race with a concurrent writer (every write
 * is idempotent or compare-and-set, so running it again is safe), and turns any other database
 * failure into the domain's {@link EventStoreException}: a {@link StoreUnavailableException} when
 * the database could not be reached at all.
 */
final class RaceRetry {

    /**
     * SQL states of a lost race: unique key (or, on PostgreSQL, the event ids' exclusion constraint)
     * taken by a concurrent insert, serialization failure, deadlock, lock timeout, and H2's
     * concurrent update of a row.
     */
    private static final Set<String> RACES = Set.of("23505", "23P01", "40001", "40P01", "HYT00", "90131");

    /**
     * SQL states of a database that cannot be reached: PostgreSQL's administrator, crash and
     * start-up shutdowns, and H2's I/O failure (a server's socket closed under a running
     * statement), broken connection, closed database and shutdown in progress; every state of
     * class 08 (connection exception) counts too.
     */
    private static final Set<String> UNREACHABLE =
            Set.of("57P01", "57P02", "57P03", "90028", "90067", "90098", "90121");

    private static final int ATTEMPTS = 8;

    private final Retry retry;
    private final boolean quoteCause;

    private RaceRetry(String name, boolean quoteCause) {
        this.retry = Retry.of(
                name,
                RetryConfig.custom()
                        .maxAttempts(ATTEMPTS)
                        .intervalFunction(IntervalFunction.ofExponentialRandomBackoff(
                                Duration.ofMillis(5), 2.0, Duration.ofMillis(200)))
                        .retryOnException(RaceRetry::isLostRace)
                        .build());
        this.quoteCause = quoteCause;
    }

    /** For data that may appear in error messages (events, runs). */
    static RaceRetry forData(String name) {
        return new RaceRetry(name, true);
    }

    /**
     * For secrets: failures name the SQL state only and do not chain the driver's exception, whose
     * message may quote the row being written.
     */
    static RaceRetry forSecrets(String name) {
        return new RaceRetry(name, false);
    }

    <T> T run(String what, Supplier<T> operation) {
        try {
            return PoolConnections.askingOnce(() -> retry.executeSupplier(operation));
        } catch (DataAccessException e) {
            String state = sqlState(e);
            if (isUnreachable(e)) {
                throw new StoreUnavailableException(
                        what + " failed: the database is unavailable (SQL state " + state + ")", quoteCause ? e : null);
            }
            if (quoteCause) {
                throw new EventStoreException(what + " failed (SQL state " + state + "): " + e.getMessage(), e);
            }
            throw new EventStoreException(what + " failed (SQL state " + state + ")", null);
        }
    }

    static boolean isLostRace(Throwable failure) {
        return RACES.contains(sqlState(failure));
    }

    /** Whether {@code failure} says the database could not be reached, rather than refusing the call. */
    static boolean isUnreachable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof SQLRecoverableException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (state.startsWith("08") || UNREACHABLE.contains(state)) {
                    return true;
                }
            }
        }
        return false;
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
