package io.engagementhub.adapter.persistence;

import static io.engagementhub.domain.testing.EngagementEvents.ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.engagementhub.domain.model.Checkpoint;
import io.engagementhub.domain.model.EngagementEvent;
import io.engagementhub.domain.model.EventQuery;
import io.engagementhub.domain.model.SyncRun;
import io.engagementhub.domain.model.SyncRunId;
import io.engagementhub.domain.port.out.StoreUnavailableException;
import io.engagementhub.domain.testing.EngagementEvents;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLTransientConnectionException;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * A database that cannot be reached is told apart from one that refuses a call: every store
 * throws {@link StoreUnavailableException} (which the service answers with 503 and the engine
 * waits out), loses nothing it stored before, and works again once the database is back.
 */
class StoreUnavailableTest {

    private static final String SECRET_KEY = "a-credential-key-of-at-least-32-characters";

    @Test
    void everyStoreSaysTheDatabaseIsUnavailableAndWorksAgainWhenItIsBack() {
        try (TestDatabase db = TestDatabase.h2()) {
            Switchable database = new Switchable(db.dataSource());
            PersistenceStores stores = Persistence.create(database, PersistenceSettings.encryptedWith(SECRET_KEY));
            EngagementEvent stored = EngagementEvents.anOpen().build();
            stores.sync().events().append(ACCOUNT, "ms/opens", List.of(stored), new Checkpoint("1", null));
            SyncRun run = SyncRun.started(SyncRunId.random(), ACCOUNT, Instant.parse("2026-01-01T00:00:00Z"));

            database.down = true;

            assertThatThrownBy(() -> stores.sync()
                            .events()
                            .append(
                                    ACCOUNT,
                                    "ms/opens",
                                    List.of(EngagementEvents.aClick().build()),
                                    new Checkpoint("2", null)))
                    .isInstanceOf(StoreUnavailableException.class)
                    .hasMessageContaining("unavailable");
            assertThatThrownBy(() -> stores.sync().events().find(EventQuery.all()))
                    .isInstanceOf(StoreUnavailableException.class);
            assertThatThrownBy(() -> stores.sync().runs().save(run)).isInstanceOf(StoreUnavailableException.class);
            assertThatThrownBy(() -> stores.credentials().find(ACCOUNT, "refresh-token"))
                    .isInstanceOf(StoreUnavailableException.class)
                    .hasNoCause();

            database.down = false;

            assertThat(stores.sync().events().find(EventQuery.all()).items()).containsExactly(stored);
            assertThat(stores.sync().events().checkpoints(ACCOUNT))
                    .containsEntry("ms/opens", new Checkpoint("1", null));
            stores.sync().runs().save(run);
            assertThat(stores.sync().runs().find(run.id())).isPresent();
        }
    }

    /**
     * jOOQ asks again to roll back and release a transaction that could not begin: each ask would
     * wait the pool out.
     */
    @Test
    void aCallThatCannotBeginAsksThePoolForAConnectionOnce() {
        try (TestDatabase db = TestDatabase.h2()) {
            Switchable database = new Switchable(db.dataSource());
            PersistenceStores stores = Persistence.create(database, PersistenceSettings.unencrypted());
            database.down = true;

            assertThatThrownBy(() -> stores.sync().events().find(EventQuery.all()))
                    .isInstanceOf(StoreUnavailableException.class);
            assertThatThrownBy(() -> stores.sync().runs().recent(ACCOUNT, 5))
                    .isInstanceOf(StoreUnavailableException.class);

            assertThat(database.refused).isEqualTo(2);
        }
    }

    @Test
    void aRefusedCallIsAStoreFailureButNotAnOutage() {
        SQLException refused = new SQLException("value too long for type character varying(64)", "22001");
        SQLException shutdown = new SQLException("terminating connection due to administrator command", "57P01");
        SQLException refusedConnection = new SQLException("Connection to 127.0.0.1:5432 refused", "08001");

        assertThat(RaceRetry.isUnreachable(new org.jooq.exception.DataAccessException("insert", refused)))
                .isFalse();
        assertThat(RaceRetry.isUnreachable(new org.jooq.exception.DataAccessException("insert", shutdown)))
                .isTrue();
        assertThat(RaceRetry.isUnreachable(new org.jooq.exception.DataAccessException("insert", refusedConnection)))
                .isTrue();
        assertThat(RaceRetry.isUnreachable(new SQLTransientConnectionException("pool timed out")))
                .isTrue();
        // What H2's client said when its server stopped under a running query.
        SQLException socketClosed = new SQLException("IO Exception: \"java.io.EOFException\"", "90028");
        assertThat(RaceRetry.isUnreachable(new org.jooq.exception.DataAccessException("select", socketClosed)))
                .isTrue();
    }

    /** A data source that, while down, fails every connection as a connection pool would after its timeout. */
    private static final class Switchable implements DataSource {

        private final DataSource delegate;
        private volatile boolean down;
        private int refused;

        Switchable(DataSource delegate) {
            this.delegate = delegate;
        }

        @Override
        public Connection getConnection() throws SQLException {
            if (down) {
                refused++;
                throw new SQLTransientConnectionException("test-pool - Connection is not available, request timed out");
            }
            return delegate.getConnection();
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return getConnection();
        }

        @Override
        public PrintWriter getLogWriter() throws SQLException {
            return delegate.getLogWriter();
        }

        @Override
        public void setLogWriter(PrintWriter out) throws SQLException {
            delegate.setLogWriter(out);
        }

        @Override
        public void setLoginTimeout(int seconds) throws SQLException {
            delegate.setLoginTimeout(seconds);
        }

        @Override
        public int getLoginTimeout() throws SQLException {
            return delegate.getLoginTimeout();
        }

        @Override
        public Logger getParentLogger() throws SQLFeatureNotSupportedException {
            return delegate.getParentLogger();
        }

        @Override
        public <T> T unwrap(Class<T> type) throws SQLException {
            return delegate.unwrap(type);
        }

        @Override
        public boolean isWrapperFor(Class<?> type) throws SQLException {
            return delegate.isWrapperFor(type);
        }
    }
}
