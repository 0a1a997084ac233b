package io.engagementhub.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.engagementhub.sandbox.copernica.CopernicaDataSet;
import io.engagementhub.sandbox.copernica.CopernicaSimulator;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** At start, the shared schedule gets an execution per configured account and loses those of removed ones. */
class ScheduleReconciliationIT {

    static final String TOKEN = "it-token-" + UUID.randomUUID();

    @Test
    void accountsAddedOrRemovedInConfigurationAreAddedOrRemovedAtStart() throws Exception {
        Instant now = Instant.now();
        try (CopernicaSimulator copernica =
                        CopernicaSimulator.start(new CopernicaDataSet(10, 1, now.minus(Duration.ofDays(1)), now, 5L));
                PostgresSchema db = PostgresSchema.create()) {
            Map<String, Object> base = SeveralInstancesChecks.sharedProperties(db, TOKEN);
            base.put("engagement.sync.every", "off");

            startAndStop(withAccounts(base, copernica, "north", "south"));
            assertThat(scheduled(db)).containsExactly("north", "south");

            startAndStop(withAccounts(base, copernica, "south", "west"));
            assertThat(scheduled(db)).containsExactly("south", "west");
        }
    }

    private static Map<String, Object> withAccounts(
            Map<String, Object> base, CopernicaSimulator copernica, String... accounts) {
        Map<String, Object> p = SeveralInstancesIT.with(base, "r", -1);
        for (String account : accounts) {
            ServiceProperties.copernicaAccount(p, account, copernica);
        }
        return p;
    }

    private static void startAndStop(Map<String, Object> properties) {
        EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, properties);
        try {
            assertThat(server.isRunning()).isTrue();
        } finally {
            server.getApplicationContext().close();
        }
    }

    private static Set<String> scheduled(PostgresSchema db) throws SQLException {
        Set<String> accounts = new TreeSet<>();
        try (Connection connection = db.connect();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT task_instance FROM scheduled_tasks WHERE task_name = 'account-sync'")) {
            while (rows.next()) {
                accounts.add(rows.getString(1));
            }
        }
        return accounts;
    }
}
