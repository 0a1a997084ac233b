package io.engagementhub.adapter.persistence;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jooq.CloseableDSLContext;
import org.jooq.impl.DSL;

/** A fresh database for one benchmark run: an H2 file, or a PostgreSQL schema; removed on close. */
final class BenchmarkDatabase implements AutoCloseable {

    private final HikariDataSource dataSource;
    private final String dropStatement;
    private final Path h2File;
    private final String schema;

    private BenchmarkDatabase(HikariDataSource dataSource, String dropStatement, Path h2File, String schema) {
        this.dataSource = dataSource;
        this.dropStatement = dropStatement;
        this.h2File = h2File;
        this.schema = schema;
    }

    static BenchmarkDatabase open(String target, Path dir, String name) {
        if (target.equals("h2")) {
            Path file = dir.toAbsolutePath().resolve(name);
            String url = "jdbc:h2:file:" + file + System.getProperty("benchmark.h2-settings", "");
            return new BenchmarkDatabase(
                    Persistence.pooledDataSource(url, "sa", ""), "DROP ALL OBJECTS DELETE FILES", file, null);
        }
        if (!target.equals("postgres")) {
            throw new IllegalArgumentException("unknown benchmark target " + target + ": use h2 or postgres");
        }
        try (CloseableDSLContext admin = DSL.using(TestDatabase.POSTGRES_URL, TestDatabase.POSTGRES_USER, "")) {
            admin.execute("CREATE SCHEMA " + name);
        }
        String url = TestDatabase.POSTGRES_URL + "?currentSchema=" + name;
        return new BenchmarkDatabase(
                Persistence.pooledDataSource(url, TestDatabase.POSTGRES_USER, ""),
                "DROP SCHEMA " + name + " CASCADE",
                null,
                name);
    }

    HikariDataSource dataSource() {
        return dataSource;
    }

    /**
     * PostgreSQL: {@code ANALYZE}, as autovacuum does a while after a bulk load, so the planner
     * knows the tables' sizes; H2 keeps its statistics itself.
     */
    void analyze() {
        if (schema != null) {
            try (CloseableDSLContext dsl = DSL.using(dataSource.getJdbcUrl(), dataSource.getUsername(), "")) {
                for (Object table : dsl.fetchValues("SELECT tablename FROM pg_tables WHERE schemaname = ?", schema)) {
                    dsl.execute("ANALYZE " + schema + "." + table);
                }
            }
        }
    }

    /**
     * Bytes on disk: the H2 file after the database closed (this closes the pool, as a stopping
     * service does), or the sum of {@code pg_total_relation_size} over the schema's tables.
     */
    long bytesOnDisk() throws Exception {
        if (h2File != null) {
            dataSource.close();
            return Files.size(Path.of(h2File + ".mv.db"));
        }
        try (CloseableDSLContext dsl = DSL.using(dataSource.getJdbcUrl(), dataSource.getUsername(), "")) {
            Number bytes = (Number) dsl.fetchValue(
                    "SELECT SUM(pg_total_relation_size(c.oid)) FROM pg_class c"
                            + " JOIN pg_namespace n ON n.oid = c.relnamespace"
                            + " WHERE n.nspname = ? AND c.relkind = 'r'",
                    schema);
            return bytes.longValue();
        }
    }

    @Override
    public void close() {
        try (CloseableDSLContext dsl = DSL.using(dataSource.getJdbcUrl(), dataSource.getUsername(), "")) {
            dsl.execute(dropStatement);
        } finally {
            dataSource.close();
        }
    }
}
