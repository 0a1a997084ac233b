package io.engagementhub.adapter.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.jooq.ConnectionProvider;
import org.jooq.exception.DataAccessException;

/**
 * Hands jOOQ the pool's connections, asking the pool at most once per store call when it cannot
 * give one: when {@code transactionResult} cannot begin, jOOQ asks again to roll back and to
 * release, and each ask would wait out the pool's whole connection timeout, tripling the time a
 * caller waits while the database is down. Within {@link #askingOnce} a failed ask is answered
 * again at once.
 */
record PoolConnections(DataSource dataSource) implements ConnectionProvider {

    private static final ThreadLocal<Call> CALL = new ThreadLocal<>();

    /** The connection failure of the store call running on this thread, once there is one. */
    private static final class Call {
        private SQLException failure;
    }

    /** Runs one store call, in which a connection the pool could not give is not asked for again. */
    static <T> T askingOnce(Supplier<T> call) {
        if (CALL.get() != null) {
            return call.get();
        }
        CALL.set(new Call());
        try {
            return call.get();
        } finally {
            CALL.remove();
        }
    }

    @Override
    public Connection acquire() {
        Call call = CALL.get();
        if (call != null && call.failure != null) {
            throw new DataAccessException("Error getting connection from data source", call.failure);
        }
        try {
            return dataSource.getConnection();
        } catch (SQLException e) {
            if (call != null) {
                call.failure = e;
            }
            throw new DataAccessException("Error getting connection from data source", e);
        }
    }

    @Override
    public void release(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new DataAccessException("Error closing connection " + connection, e);
        }
    }
}
