package io.engagementhub.app.ops;

import io.engagementhub.app.config.JdbcUrls;
import io.micronaut.health.HealthStatus;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Whether the store's database answers, named by its product and its URL without credentials,
 * user info or parameters (Micronaut's own JDBC indicator is switched off: it names itself by the
 * full URL, password parameters included). DOWN within {@link HealthDeadline#LIMIT} when it does
 * not answer.
 */
@Singleton
final class DatabaseHealthIndicator extends DeadlineHealthIndicator {

    private static final int VALID_TIMEOUT_SECONDS = 1;

    private final DataSource dataSource;

    DatabaseHealthIndicator(DataSource dataSource, HealthDeadline deadline) {
        super(deadline, HealthStatus.DOWN);
        this.dataSource = dataSource;
    }

    @Override
    protected Check check() {
        Map<String, Object> details = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            details.put("database", meta.getDatabaseProductName());
            details.put("url", JdbcUrls.withoutSecrets(meta.getURL()));
            return new Check(connection.isValid(VALID_TIMEOUT_SECONDS) ? HealthStatus.UP : HealthStatus.DOWN, details);
        } catch (SQLException e) {
            details.put("error", "SQL state " + e.getSQLState());
            return new Check(HealthStatus.DOWN, details);
        }
    }

    @Override
    protected String getName() {
        return "database";
    }
}
