package io.engagementhub.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.engagementhub.app.config.InvalidConfigurationException;
import io.micronaut.context.ApplicationContext;
import io.micronaut.management.health.monitor.HealthMonitorTask;
import io.micronaut.runtime.server.EmbeddedServer;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A bad configuration stops the start with one message naming account and key, no secret. */
class StartupConfigurationIT {

    @Test
    void aBadAccountStopsTheStartWithOneMessageNamingTheKey() {
        Map<String, Object> properties = Map.of(
                "micronaut.server.port", -1,
                "engagement.sync.every", "off",
                "datasources.default.url", "jdbc:h2:mem:cfg-" + UUID.randomUUID(),
                "engagement.accounts.acme.provider", "copernica",
                "engagement.accounts.acme.access-token", "very-secret-token",
                "engagement.accounts.acme.time-zone", "Mars/Olympus");

        Throwable failure = catchThrowable(
                () -> ApplicationContext.run(EmbeddedServer.class, properties).close());

        InvalidConfigurationException cause = configurationProblem(failure);
        assertThat(cause.getMessage())
                .isEqualTo("invalid configuration: engagement.accounts.acme.time-zone: 'Mars/Olympus' is not valid"
                        + " (Unknown time-zone ID: Mars/Olympus)")
                .doesNotContain("very-secret-token");
    }

    @Test
    void aPlainH2UrlGetsTheSettingsTheStoreNeeds() {
        Map<String, Object> properties = withDatabase("jdbc:h2:mem:plain-" + UUID.randomUUID());

        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, properties)) {
            assertThat(server.isRunning()).isTrue();
        }
    }

    /** Health indicators probe the database and the accounts only when /health is asked. */
    @Test
    void noHealthCheckRunsInTheBackground() {
        Map<String, Object> properties = withDatabase("jdbc:h2:mem:quiet-" + UUID.randomUUID());

        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, properties)) {
            assertThat(server.getApplicationContext().containsBean(HealthMonitorTask.class))
                    .isFalse();
        }
    }

    @Test
    void anH2UrlThatContradictsTheRequiredSettingsStopsTheStartNamingThem() {
        Map<String, Object> properties =
                withDatabase("jdbc:h2:mem:plain-" + UUID.randomUUID() + ";DATABASE_TO_LOWER=FALSE");

        Throwable failure = catchThrowable(
                () -> ApplicationContext.run(EmbeddedServer.class, properties).close());

        assertThat(configurationProblem(failure).getMessage())
                .startsWith("invalid configuration: datasources.default: ")
                .contains("DATABASE_TO_LOWER");
    }

    private static InvalidConfigurationException configurationProblem(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof InvalidConfigurationException invalid) {
                return invalid;
            }
        }
        throw new AssertionError("no InvalidConfigurationException in the cause chain of " + failure, failure);
    }

    /** A service on a random port, without a schedule, on the given database. */
    private static Map<String, Object> withDatabase(String url) {
        return Map.of("micronaut.server.port", -1, "engagement.sync.every", "off", "datasources.default.url", url);
    }
}
