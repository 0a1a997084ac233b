package io.engagementhub.app.benchmark;

import com.zaxxer.hikari.HikariDataSource;
import io.engagementhub.adapter.persistence.Persistence;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A fresh database for one benchmark leg: an H2 file under a directory, or a schema in the
 * PostgreSQL on 127.0.0.1. Knows its size on disk: the H2 file once closed, or the sum of
 * {@code pg_total_relation_size} over the schema's tables.
 */
final class BenchDatabase implements AutoCloseable {

    static final String POSTGRES_URL =
            System.getProperty("engagement.test.postgres-url", "jdbc:postgresql://127.0.0.1:5432/test");
    static final String POSTGRES_USER = System.getProperty("engagement.test.postgres-user", "postgres");

    private final String target;
    private final String name;
    private final Path file;
    private HikariDataSource dataSource;

    private BenchDatabase(String target, String name, Path file, HikariDataSource dataSource) {
        this.target = target;
        this.name = name;
        this.file = file;
        this.dataSource = dataSource;
    }

    static BenchDatabase open(String target, Path dir, String name) throws SQLException {
        if (target.equals("h2")) {
            Path file = dir.toAbsolutePath().resolve(name);
            return new BenchDatabase(
                    target,
                    name,
                    file,
                    Persistence.pooledDataSource(
                            "jdbc:h2:file:" + file + System.getProperty("benchmark.h2-settings", ""), "sa", ""));
        }
        if (!target.equals("postgres")) {
            throw new IllegalArgumentException("unknown benchmark target " + target + ": use h2 or postgres");
        }
        try (Connection admin = DriverManager.getConnection(POSTGRES_URL, POSTGRES_USER, "");
                Statement statement = admin.createStatement()) {
            statement.execute("CREATE SCHEMA " + name);
        }
        return new BenchDatabase(
                target,
                name,
                null,
                Persistence.pooledDataSource(POSTGRES_URL + "?currentSchema=" + name, POSTGRES_USER, ""));
    }

    HikariDataSource dataSource() {
        return dataSource;
    }

    /** The URL, user and password another process (the packaged service) connects with. */
    List<String> connection() {
        return List.of(dataSource.getJdbcUrl(), dataSource.getUsername(), "");
    }

    /** Closes this process's connections, so that another process can open an H2 file. */
    void release() {
        dataSource.close();
    }

    /** Bytes on disk; for H2 this closes the database first (as a stopping service does). */
    long bytesOnDisk() throws Exception {
        if (file != null) {
            dataSource.close();
            return Files.size(Path.of(file + ".mv.db"));
        }
        return tableSizes().values().stream().mapToLong(Long::longValue).sum();
    }

    /**
     * PostgreSQL: bytes per table with its indexes and TOAST ({@code pg_total_relation_size}),
     * largest first. H2 has no such figure (its {@code DISK_SPACE_USED} leaves indexes out): empty.
     */
    Map<String, Long> tableSizes() throws SQLException {
        Map<String, Long> sizes = new LinkedHashMap<>();
        if (file != null) {
            return sizes;
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement tables = connection.prepareStatement("SELECT c.relname, pg_total_relation_size(c.oid)"
                        + " FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                        + " WHERE n.nspname = ? AND c.relkind = 'r' ORDER BY 2 DESC")) {
            tables.setString(1, name);
            try (ResultSet rows = tables.executeQuery()) {
                while (rows.next()) {
                    sizes.put(rows.getString(1), rows.getLong(2));
                }
            }
        }
        return sizes;
    }

    @Override
    public void close() throws Exception {
        if (file != null) {
            dataSource.close();
            Files.deleteIfExists(Path.of(file + ".mv.db"));
            Files.deleteIfExists(Path.of(file + ".trace.db"));
            return;
        }
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA " + name + " CASCADE");
        } finally {
            dataSource.close();
        }
    }

    String target() {
        return target;
    }
}
