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
 * full URL, password parameters included). DOWN within {@link HealthDeadline#LIMIT} when it does
 * not answer.
 */
@Singleton
final class DatabaseHealthIndicator extends AbstractHealthIndicator<Map<String, Object>> {

    private static final int VALID_TIMEOUT_SECONDS = 1;

    private final DataSource dataSource;
    private final HealthDeadline deadline;

    DatabaseHealthIndicator(DataSource dataSource, HealthDeadline deadline) {
        this.dataSource = dataSource;
        this.deadline = deadline;
    }

    @Override
    protected Map<String, Object> getHealthInformation() {
        Probe probe = deadline.within(this::probe)
                .orElseGet(() -> new Probe(HealthStatus.DOWN, Map.of("error", HealthDeadline.noAnswer())));
        healthStatus = probe.status();
        return probe.details();
    }

    private Probe probe() {
        Map<String, Object> details = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            details.put("database", meta.getDatabaseProductName());
            details.put("url", JdbcUrls.withoutSecrets(meta.getURL()));
            return new Probe(connection.isValid(VALID_TIMEOUT_SECONDS) ? HealthStatus.UP : HealthStatus.DOWN, details);
        } catch (SQLException e) {
            details.put("error", "SQL state " + e.getSQLState());
            return new Probe(HealthStatus.DOWN, details);
        }
    }

    private record Probe(HealthStatus status, Map<String, Object> details) {}

    @Override
    protected String getName() {
        return "database";
    }
}
