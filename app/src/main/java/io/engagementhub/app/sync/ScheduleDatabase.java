package io.engagementhub.app.sync;

import io.engagementhub.domain.port.out.StoreUnavailableException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.function.Supplier;

/**
 * Calls on db-scheduler's table: a database that cannot be reached is the domain's {@link
 * StoreUnavailableException} (answered 503 like any other store call), not db-scheduler's own
 * runtime exception (a 500).
 */
final class ScheduleDatabase {

    private ScheduleDatabase() {}

    static <T> T call(Supplier<T> call) {
        try {
            return call.get();
        } catch (StoreUnavailableException e) {
            throw e;
        } catch (RuntimeException e) {
            if (isUnreachable(e)) {
                throw new StoreUnavailableException("the shared schedule could not be reached", e);
            }
            throw e;
        }
    }

    /** A connection that could not be had or broke: the JDBC exception kinds and SQL state class 08. */
    static boolean isUnreachable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof SQLRecoverableException
                    || (cause instanceof SQLException sql
                            && sql.getSQLState() != null
                            && sql.getSQLState().startsWith("08"))) {
                return true;
            }
        }
        return false;
    }
}
