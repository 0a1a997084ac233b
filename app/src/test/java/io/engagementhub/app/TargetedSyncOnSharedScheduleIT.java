package io.engagementhub.app;

import static io.engagementhub.app.Waiting.waitFor;
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
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A targeted re-read asked of one instance on the shared schedule (PostgreSQL, two instances) is
 * run, with its target, by whichever instance claims the account, and then hands the account back
 * to its regular schedule with no target left behind.
 */
class TargetedSyncOnSharedScheduleIT {

    static final String TOKEN = "it-token-" + UUID.randomUUID();
    static final String ACCOUNT = "north";

    @Test
    void theClaimingInstanceRunsTheTargetAndTheRegularScheduleResumes() throws Exception {
        Instant now = Instant.now();
        Instant from = now.minus(Duration.ofDays(4));
        Instant to = now.minus(Duration.ofDays(2));
        try (CopernicaSimulator copernica = CopernicaSimulator.start(new CopernicaDataSet(
                        600, 2, now.minus(Duration.ofDays(6)), now.minus(Duration.ofHours(1)), 9L));
                PostgresSchema db = PostgresSchema.create()) {
            Map<String, Object> base = SeveralInstancesChecks.sharedProperties(db, TOKEN);
            base.put("engagement.sync.every", "off");
            ServiceProperties.copernicaAccount(base, ACCOUNT, copernica);
            EmbeddedServer a = ApplicationContext.run(EmbeddedServer.class, SeveralInstancesIT.with(base, "a", -1));
            EmbeddedServer b = ApplicationContext.run(EmbeddedServer.class, SeveralInstancesIT.with(base, "b", -1));
            try (ApiClient api = new ApiClient(b.getURL(), TOKEN)) {
                Instant regularTime = executionTime(db);

                ApiClient.Response started = api.post(
                        "/api/v1/accounts/" + ACCOUNT + "/syncs", "{\"from\":\"" + from + "\",\"to\":\"" + to + "\"}");
                assertThat(started.status()).as(started.body()).isEqualTo(202);
                Map<String, Object> run = api.awaitFinished(started.location());

                Set<String> expected = copernica.events().stream()
                        .filter(e -> {
                            Instant at = e.timestamp().atZone(copernica.zone()).toInstant();
                            return !at.isBefore(from) && at.isBefore(to);
                        })
                        .map(e -> "copernica:" + e.product().path() + ":"
                                + e.type().path() + ":" + e.id())
                        .collect(Collectors.toSet());
                assertThat(run.get("status")).as(run.toString()).isEqualTo("SUCCEEDED");
                assertThat(run.get("instance")).isIn("a", "b");
                assertThat(api.allEvents("account=" + ACCOUNT).stream().map(e -> (String) e.get("id")))
                        .containsExactlyInAnyOrderElementsOf(expected);
                awaitTargetCleared(db);
                assertThat(executionTime(db)).isEqualTo(regularTime);

                Map<String, Object> regular = api.awaitFinished(
                        api.post("/api/v1/accounts/" + ACCOUNT + "/syncs").location());
                assertThat(regular.get("status")).isEqualTo("SUCCEEDED");
                assertThat(((Number) regular.get("eventsStored")).longValue())
                        .isEqualTo(copernica.events().size() - expected.size());
            } finally {
                a.getApplicationContext().close();
                b.getApplicationContext().close();
            }
        }
    }

    /** The completion that clears the target is written just after the run is saved: wait for it, boundedly. */
    private static void awaitTargetCleared(PostgresSchema db) throws SQLException {
        waitFor("the account's row unpicked and without a target", Duration.ofSeconds(10), Duration.ofMillis(100))
                .until(() -> !picked(db) && data(db) == null);
        assertThat(data(db)).isNull();
    }

    private static Instant executionTime(PostgresSchema db) throws SQLException {
        return column(db, "execution_time", rows -> rows.getTimestamp(1).toInstant());
    }

    private static boolean picked(PostgresSchema db) throws SQLException {
        return column(db, "picked", rows -> rows.getBoolean(1));
    }

    private static byte[] data(PostgresSchema db) throws SQLException {
        return column(db, "task_data", rows -> rows.getBytes(1));
    }

    private interface Column<T> {
        T read(ResultSet rows) throws SQLException;
    }

    /** One column of the account's row in the shared schedule. */
    private static <T> T column(PostgresSchema db, String name, Column<T> column) throws SQLException {
        String sql = "SELECT " + name + " FROM scheduled_tasks WHERE task_instance = '" + ACCOUNT + "'";
        try (Connection connection = db.connect();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            assertThat(rows.next()).isTrue();
            return column.read(rows);
        }
    }
}
