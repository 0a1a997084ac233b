package io.engagementhub.adapter.persistence;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import org.jooq.CloseableDSLContext;
import org.jooq.impl.DSL;

/** A fresh database for one benchmark run: an H2 file, or a PostgreSQL schema; removed on close. */
final class BenchmarkDatabase implements AutoCloseable {

    private final HikariDataSource dataSource;
    private final String dropStatement;

    private BenchmarkDatabase(HikariDataSource dataSource, String dropStatement) {
        this.dataSource = dataSource;
        this.dropStatement = dropStatement;
    }

    static BenchmarkDatabase open(String target, Path dir, String name) {
        if (target.equals("h2")) {
            String url = "jdbc:h2:file:" + dir.toAbsolutePath().resolve(name);
            return new BenchmarkDatabase(Persistence.pooledDataSource(url, "sa", ""), "DROP ALL OBJECTS DELETE FILES");
        }
        if (!target.equals("postgres")) {
            throw new IllegalArgumentException("unknown benchmark target " + target + ": use h2 or postgres");
        }
        try (CloseableDSLContext admin = DSL.using(TestDatabase.POSTGRES_URL, TestDatabase.POSTGRES_USER, "")) {
            admin.execute("CREATE SCHEMA " + name);
        }
        String url = TestDatabase.POSTGRES_URL + "?currentSchema=" + name;
        return new BenchmarkDatabase(
                Persistence.pooledDataSource(url, TestDatabase.POSTGRES_USER, ""), "DROP SCHEMA " + name + " CASCADE");
    }

    HikariDataSource dataSource() {
        return dataSource;
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
