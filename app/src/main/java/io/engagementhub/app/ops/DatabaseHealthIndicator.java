package io.engagementhub.app.ops;

import io.engagementhub.app.config.JdbcUrls;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.AbstractHealthIndicator;
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
 * full URL, password parameters included).
 */
@Singleton
final class DatabaseHealthIndicator extends AbstractHealthIndicator<Map<String, Object>> {

    private static final int VALID_TIMEOUT_SECONDS = 3;

    private final DataSource dataSource;

    DatabaseHealthIndicator(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    protected Map<String, Object> getHealthInformation() {
        Map<String, Object> details = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            details.put("database", meta.getDatabaseProductName());
            details.put("url", JdbcUrls.withoutSecrets(meta.getURL()));
            healthStatus = connection.isValid(VALID_TIMEOUT_SECONDS) ? HealthStatus.UP : HealthStatus.DOWN;
        } catch (SQLException e) {
            healthStatus = HealthStatus.DOWN;
            details.put("error", "SQL state " + e.getSQLState());
        }
        return details;
    }

    @Override
    protected String getName() {
        return "database";
    }
}
