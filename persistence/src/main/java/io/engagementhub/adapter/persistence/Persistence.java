package io.engagementhub.adapter.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.engagementhub.domain.port.out.RequestBudget;
import io.engagementhub.domain.service.SyncStores;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jooq.DSLContext;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the stores on a {@link DataSource}, without any framework: checks the database, migrates
 * its schema with Flyway, and returns the jOOQ implementations of the domain's store ports. H2 (in
 * PostgreSQL mode) and PostgreSQL are supported; which one is decided by the JDBC URL alone.
 */
public final class Persistence {

    /** How long a call waits for a pooled connection before the store says the database is unavailable. */
    public static final Duration CONNECTION_TIMEOUT = Duration.ofSeconds(3);

    /** How long a pooled connection may take to prove it is alive before it is replaced. */
    public static final Duration VALIDATION_TIMEOUT = Duration.ofSeconds(1);

    /**
     * What the JDBC driver of {@code url} is given beside the URL (which wins where it says
     * otherwise): for PostgreSQL a connect timeout in seconds and TCP keep-alive, so a database
     * host that went away is noticed (ADR 0011); nothing for H2.
     */
    public static Map<String, String> driverProperties(String url) {
        return url != null && url.startsWith("jdbc:postgresql:")
                ? Map.of("connectTimeout", Long.toString(CONNECTION_TIMEOUT.toSeconds() + 2), "tcpKeepAlive", "true")
                : Map.of();
    }

    /** The default store: an H2 file under {@code ./data}, created on first start. */
    public static final String DEFAULT_URL =
            "jdbc:h2:file:./data/engagement-hub;DEFAULT_NULL_ORDERING=HIGH;DATABASE_TO_LOWER=TRUE;MODE=PostgreSQL"
                    + ";DB_CLOSE_ON_EXIT=FALSE";

    private static final Logger LOG = LoggerFactory.getLogger(Persistence.class);
    private static final AtomicBoolean WARNED_UNENCRYPTED = new AtomicBoolean();

    private Persistence() {}

    /**
     * Migrates the database behind {@code dataSource} to the current schema and returns the stores
     * on it. Logs one warning per JVM when credentials will be stored unencrypted.
     *
     * @throws IllegalStateException if the database is not supported, or is H2 without the
     *     settings the shared SQL needs (the message names the URL flags to add)
     */
    public static PersistenceStores create(DataSource dataSource, PersistenceSettings settings) {
        Objects.requireNonNull(dataSource, "dataSource");
        Objects.requireNonNull(settings, "settings");
        DatabaseKind kind = inspect(dataSource);
        migrate(dataSource, kind);
        PoolConnections connections = new PoolConnections(dataSource);
        DSLContext dsl = DSL.using(connections, kind.dialect(), jooqSettings());
        CredentialCodec codec = settings.credentialSecret() == null
                ? CredentialCodec.plain()
                : CredentialCodec.aesGcm(settings.credentialSecret());
        if (!codec.encrypts() && WARNED_UNENCRYPTED.compareAndSet(false, true)) {
            LOG.warn("No credential encryption secret is configured: provider credentials (refresh tokens) are"
                    + " stored as plain text in the database");
        }
        DSLContext insertIgnoring = DSL.using(connections, DatabaseKind.insertIgnoringDialect(), jooqSettings());
        return new PersistenceStores(
                new SyncStores(
                        new JooqEventStore(dsl, kind),
                        new JooqSyncRunStore(dsl, settings.instanceName()),
                        new JooqSuppressionList(
                                dsl, insertIgnoring, EmailHasher.loadOrCreate(insertIgnoring, dsl), Clock.systemUTC()),
                        new JooqCampaignStore(dsl),
                        new JooqReconciliationStore(dsl)),
                new JooqCredentialStore(dsl, insertIgnoring, codec),
                codec.encrypts(),
                new JooqSourceStateStore(dsl));
    }

    /**
     * Whether several service instances can share the database behind {@code dataSource}: true for
     * PostgreSQL, false for H2 (an embedded file is opened by one process at a time).
     */
    public static boolean shareable(DataSource dataSource) {
        return inspect(Objects.requireNonNull(dataSource, "dataSource")) == DatabaseKind.POSTGRESQL;
    }

    /**
     * The request budget kept in the shared database, for every service instance on it; empty
     * unless the database is {@link #shareable(DataSource)}. Call after {@link #create}, which
     * creates its table.
     */
    public static Optional<RequestBudget> sharedRequestBudget(
            DataSource dataSource, RequestBudgetSettings settings, Clock clock) {
        return shareable(dataSource)
                ? Optional.of(new BucketRequestBudget(dataSource, settings, clock))
                : Optional.empty();
    }

    /**
     * A HikariCP pool for {@code url}; an H2 URL gets the settings the store needs added where it
     * lacks them. Close it when done.
     */
    public static HikariDataSource pooledDataSource(String url, String user, String password) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(H2Mode.withRequiredSettings(Objects.requireNonNull(url, "url")));
        config.setUsername(user);
        config.setPassword(password);
        config.setPoolName("engagement-store");
        config.setAutoCommit(true);
        // A database that is down fails a call within seconds instead of Hikari's 30 s (ADR 0011).
        config.setConnectionTimeout(CONNECTION_TIMEOUT.toMillis());
        config.setValidationTimeout(VALIDATION_TIMEOUT.toMillis());
        driverProperties(url).forEach(config::addDataSourceProperty);
        return new HikariDataSource(config);
    }

    /**
     * Compacts the embedded H2 file database at {@code url} once its pool has closed: H2 copies the
     * live pages into a new file and swaps it in atomically ({@code SHUTDOWN COMPACT}), so a stopped
     * store takes about the size of its data, not that of every page version its copy-on-write
     * trees wrote meanwhile (several times larger after a bulk sync; see docs/benchmarks.md). Does
     * nothing for PostgreSQL or an in-memory or remote H2, nor while the database is open (in this
     * process or another). Never throws: a failure is logged and leaves the file as it was.
     *
     * @return whether the database was compacted
     */
    public static boolean compactClosedH2(String url, String user, String password) {
        if (!H2Mode.isEmbeddedFile(url)) {
            return false;
        }
        long started = System.nanoTime();
        try (Connection connection = DriverManager.getConnection(H2Mode.withRequiredSettings(url), user, password);
                Statement shutdown = connection.createStatement()) {
            if (H2Mode.otherSessions(connection) > 0) {
                LOG.warn("The H2 store was not compacted: it is still open in this process");
                return false;
            }
            shutdown.execute("SHUTDOWN COMPACT");
        } catch (SQLException e) {
            if (e.getErrorCode() != H2Mode.DATABASE_CLOSED) {
                LOG.warn("The H2 store was not compacted ({}); its file keeps its size", e.getMessage());
                return false;
            }
            // Closing the statement of a database that has just shut down: nothing was lost.
        }
        LOG.info("Compacted the H2 store in {} ms", (System.nanoTime() - started) / 1_000_000);
        return true;
    }

    /** {@code url} with the settings the store needs added if it is an H2 URL that lacks them. */
    public static String withRequiredH2Settings(String url) {
        return H2Mode.withRequiredSettings(Objects.requireNonNull(url, "url"));
    }

    private static DatabaseKind inspect(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            DatabaseKind kind = DatabaseKind.of(connection);
            if (kind == DatabaseKind.H2) {
                H2Mode.verify(connection);
            }
            return kind;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot connect to the event database: " + e.getMessage(), e);
        }
    }

    private static void migrate(DataSource dataSource, DatabaseKind kind) {
        Flyway.configure()
                .dataSource(dataSource)
                .locations(kind.migrationLocations())
                .failOnMissingLocations(true)
                .load()
                .migrate();
    }

    private static Settings jooqSettings() {
        // No execute logging: bind values include credentials. IN lists are padded to a power of two
        // (the last value repeated), so that a page's lookups have a few statement texts, which the
        // databases' statement caches can serve, instead of one per list length.
        return new Settings().withExecuteLogging(false).withRenderSchema(false).withInListPadding(true);
    }
}
