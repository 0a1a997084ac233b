package io.engagementhub.adapter.persistence;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.CloseableDSLContext;
import org.jooq.Record2;
import org.jooq.impl.DSL;

/**
 * A fresh database for one benchmark leg: an H2 file under a directory, or a schema in the {@link
 * TestPostgres}; removed on close. Knows its size on disk: the H2 file once closed, or the sum of
 * {@code pg_total_relation_size} over the schema's tables.
 */
public final class BenchmarkDatabase implements AutoCloseable {

    private final String target;
    private final String name;
    private final Path h2File;
    private final HikariDataSource dataSource;

    private BenchmarkDatabase(String target, String name, Path h2File, HikariDataSource dataSource) {
        this.target = target;
        this.name = name;
        this.h2File = h2File;
        this.dataSource = dataSource;
    }

    /**
     * {@code target} is {@code h2} (a file {@code name} under {@code dir}) or {@code postgres}
     * (schema {@code name}).
     */
    public static BenchmarkDatabase open(String target, Path dir, String name) {
        if (target.equals("h2")) {
            Path file = dir.toAbsolutePath().resolve(name);
            String url = "jdbc:h2:file:" + file + System.getProperty("benchmark.h2-settings", "");
            return new BenchmarkDatabase(target, name, file, Persistence.pooledDataSource(url, "sa", ""));
        }
        if (!target.equals("postgres")) {
            throw new IllegalArgumentException("unknown benchmark target " + target + ": use h2 or postgres");
        }
        try (CloseableDSLContext admin = admin()) {
            admin.execute("CREATE SCHEMA " + name);
        }
        return new BenchmarkDatabase(
                target, name, null, Persistence.pooledDataSource(TestPostgres.url(name), TestPostgres.USER, ""));
    }

    public String target() {
        return target;
    }

    public HikariDataSource dataSource() {
        return dataSource;
    }

    /** The URL, user and password another process (the packaged service) connects with. */
    public List<String> connection() {
        return List.of(dataSource.getJdbcUrl(), dataSource.getUsername(), "");
    }

    /** Closes this process's connections, so that another process can open an H2 file. */
    public void release() {
        dataSource.close();
    }

    /**
     * PostgreSQL: {@code ANALYZE}, as autovacuum does a while after a bulk load, so the planner
     * knows the tables' sizes; H2 keeps its statistics itself.
     */
    public void analyze() {
        if (h2File == null) {
            try (CloseableDSLContext dsl = admin()) {
                for (Object table : dsl.fetchValues("SELECT tablename FROM pg_tables WHERE schemaname = ?", name)) {
                    dsl.execute("ANALYZE " + name + "." + table);
                }
            }
        }
    }

    /** Bytes on disk; for H2 this closes the database first (as a stopping service does). */
    public long bytesOnDisk() {
        if (h2File != null) {
            dataSource.close();
            try {
                return Files.size(Path.of(h2File + ".mv.db"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return tableSizes().values().stream().mapToLong(Long::longValue).sum();
    }

    /**
     * PostgreSQL: bytes per table with its indexes and TOAST ({@code pg_total_relation_size}),
     * largest first. H2 has no such figure (its {@code DISK_SPACE_USED} leaves indexes out): empty.
     */
    public Map<String, Long> tableSizes() {
        return sizes("pg_total_relation_size", "'r'");
    }

    /**
     * PostgreSQL: bytes per table (its rows alone) and per index ({@code pg_relation_size}), largest
     * first, to see which structure takes the bytes. H2: empty, as above.
     */
    public Map<String, Long> relationSizes() {
        return sizes("pg_relation_size", "'r', 'i'");
    }

    private Map<String, Long> sizes(String function, String kinds) {
        Map<String, Long> sizes = new LinkedHashMap<>();
        if (h2File != null) {
            return sizes;
        }
        try (CloseableDSLContext dsl = admin()) {
            for (Record2<String, Long> row : dsl.resultQuery(
                            "SELECT c.relname, " + function + "(c.oid) FROM pg_class c"
                                    + " JOIN pg_namespace n ON n.oid = c.relnamespace"
                                    + " WHERE n.nspname = ? AND c.relkind IN (" + kinds + ") ORDER BY 2 DESC",
                            name)
                    .coerce(DSL.field("relname", String.class), DSL.field("size", Long.class))) {
                sizes.put(row.value1(), row.value2());
            }
        }
        return sizes;
    }

    /** Drops the schema, or closes and deletes the H2 file (also after {@link #release()}). */
    @Override
    public void close() {
        dataSource.close();
        if (h2File == null) {
            try (CloseableDSLContext admin = admin()) {
                admin.execute("DROP SCHEMA " + name + " CASCADE");
            }
            return;
        }
        try {
            Files.deleteIfExists(Path.of(h2File + ".mv.db"));
            Files.deleteIfExists(Path.of(h2File + ".trace.db"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CloseableDSLContext admin() {
        return DSL.using(TestPostgres.URL, TestPostgres.USER, "");
    }
}
