package io.engagementhub.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.engagementhub.domain.model.Checkpoint;
import io.engagementhub.domain.model.EngagementEvent;
import io.engagementhub.domain.model.EventQuery;
import io.engagementhub.domain.model.RecipientSelector;
import io.engagementhub.domain.port.out.EventStore;
import io.engagementhub.domain.testing.InMemoryEventStore;
import io.engagementhub.domain.testing.StoredEvents;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * An existing store at the first schema (V1, and V1.1 on PostgreSQL), filled with varied events the
 * way that schema stored them, migrates through every later migration without losing or changing
 * anything: every event equal field by field, checkpoints kept, statistics equal to the obvious
 * computation, and still equal after more events of the same recipients and after erasures.
 * Subclasses give a fresh database.
 */
abstract class MigrationBehaviour {

    abstract TestDatabase freshDatabase();

    @Test
    void theCompactSchemaMigrationKeepsEveryFieldOfEveryEvent() throws SQLException {
        try (TestDatabase database = freshDatabase()) {
            migrateToFirstSchema(database);
            List<EngagementEvent> events = distinctIds(new RandomEvents(11), 3000);
            FirstSchemaInsert old = new FirstSchemaInsert(database.dataSource());
            for (int from = 0; from < events.size(); from += 700) {
                old.insert(events.subList(from, Math.min(events.size(), from + 700)));
            }
            database.raw()
                    .execute("INSERT INTO stream_checkpoint (account, stream_key, position_text, fingerprint)"
                            + " VALUES ('acme', 'ms/clicks', 'p-9', 'f-1')");

            EventStore store =
                    database.stores(PersistenceSettings.unencrypted()).sync().events();

            assertThat(everything(store))
                    .containsExactlyElementsOf(events.stream()
                            .sorted(InMemoryEventStore.QUERY_ORDER)
                            .toList());
            assertThat(store.checkpoints("acme")).containsExactly(Map.entry("ms/clicks", new Checkpoint("p-9", "f-1")));
            InMemoryEventStore reference = new InMemoryEventStore();
            for (String account : RandomEvents.ACCOUNTS) {
                reference.append(
                        account,
                        "s",
                        events.stream().filter(e -> e.account().equals(account)).toList(),
                        Checkpoint.START);
            }
            assertSameStatistics(store, reference);
            for (String account : RandomEvents.ACCOUNTS) {
                for (String campaign : RandomEvents.CAMPAIGNS) {
                    assertThat(store.statistics(account, campaign).links()).hasSizeGreaterThan(3);
                }
            }

            // The migrated distinct-recipient rows go on counting: more events of the same
            // recipients, then erasures by address (other addresses keep their events) and by id.
            List<EngagementEvent> more = distinctIds(new RandomEvents(12), 1500);
            for (String account : RandomEvents.ACCOUNTS) {
                List<EngagementEvent> page =
                        more.stream().filter(e -> e.account().equals(account)).toList();
                store.append(account, "more", page, null);
                reference.append(account, "more", page, null);
            }
            assertSameStatistics(store, reference);
            for (RecipientSelector erased :
                    List.of(RecipientSelector.byEmail("r7@Example.com"), RecipientSelector.byRecipientId("r8"))) {
                assertThat(store.erase("acme", erased)).isEqualTo(reference.erase("acme", erased));
            }
            assertSameStatistics(store, reference);
            assertThat(tableExists(database, "engagement_event")).isFalse();
        }
    }

    private static void assertSameStatistics(EventStore store, InMemoryEventStore reference) {
        for (String account : RandomEvents.ACCOUNTS) {
            for (String campaign : RandomEvents.CAMPAIGNS) {
                assertThat(store.statistics(account, campaign)).isEqualTo(reference.statistics(account, campaign));
            }
        }
    }

    private static void migrateToFirstSchema(TestDatabase database) {
        DatabaseKind kind;
        try (Connection connection = database.dataSource().getConnection()) {
            kind = DatabaseKind.of(connection);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        Flyway.configure()
                .dataSource(database.dataSource())
                .locations(kind.migrationLocations())
                .target(kind == DatabaseKind.POSTGRESQL ? "1.1" : "1")
                .load()
                .migrate();
    }

    private static boolean tableExists(TestDatabase database, String table) throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
                var tables = connection.getMetaData().getTables(null, connection.getSchema(), table, null)) {
            return tables.next();
        }
    }

    static List<EngagementEvent> distinctIds(RandomEvents random, int count) {
        Map<String, EngagementEvent> byKey = new LinkedHashMap<>();
        while (byKey.size() < count) {
            EngagementEvent event = random.next();
            byKey.putIfAbsent(event.account() + "\n" + event.id().value(), event);
        }
        return new ArrayList<>(byKey.values());
    }

    private static List<EngagementEvent> everything(EventStore store) {
        return StoredEvents.all(store, EventQuery.all().withLimit(EventQuery.MAX_LIMIT));
    }
}
