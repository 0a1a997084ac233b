package io.engagementhub.adapter.persistence;

import static io.engagementhub.domain.testing.EngagementEvents.ACCOUNT;
import static io.engagementhub.domain.testing.EngagementEvents.CAMPAIGN;
import static io.engagementhub.domain.testing.EngagementEvents.T0;
import static io.engagementhub.domain.testing.EngagementEvents.aClick;
import static io.engagementhub.domain.testing.EngagementEvents.anOpen;
import static org.assertj.core.api.Assertions.assertThat;

import io.engagementhub.adapter.persistence.jooq.DefaultSchema;
import io.engagementhub.domain.model.Checkpoint;
import io.engagementhub.domain.model.EngagementEvent;
import io.engagementhub.domain.model.EngagementType;
import io.engagementhub.domain.model.EventQuery;
import io.engagementhub.domain.model.Measure;
import io.engagementhub.domain.model.RecipientSelector;
import io.engagementhub.domain.model.Reconciliation;
import io.engagementhub.domain.model.ReconciliationStatus;
import io.engagementhub.domain.model.StoredCredential;
import io.engagementhub.domain.model.SyncRun;
import io.engagementhub.domain.model.SyncRunId;
import io.engagementhub.domain.model.SyncTarget;
import io.engagementhub.domain.model.TypeReconciliation;
import io.engagementhub.domain.testing.CampaignFigures;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.junit.jupiter.api.Test;

/**
 * The drift guard: the Flyway scripts build, on a database that has never seen them, exactly the
 * tables and columns the jOOQ classes were generated with, and every store method runs there.
 * Subclasses give a fresh database per call of {@link #freshDatabase()}.
 */
abstract class FreshDatabaseBehaviour {

    abstract TestDatabase freshDatabase();

    @Test
    void migrationBuildsTheSchemaTheJooqClassesWereGeneratedFrom() throws Exception {
        try (TestDatabase database = freshDatabase()) {
            database.stores(PersistenceSettings.unencrypted());
            String schema;
            try (var connection = database.dataSource().getConnection()) {
                schema = connection.getSchema();
            }
            DSLContext raw = database.raw();

            assertThat(columnsOf(raw.meta().getSchemas(schema).get(0).getTables()))
                    .containsAllEntriesOf(columnsOf(DefaultSchema.DEFAULT_SCHEMA.getTables()));
            assertThat(
                            raw.fetchValues(
                                    "SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"success\" AND \"version\" IS NOT NULL ORDER BY \"installed_rank\""))
                    .map(String::valueOf)
                    .containsExactlyElementsOf(
                            database.isPostgres()
                                    ? List.of(
                                            "1", "1.1", "2", "3", "3.1", "4", "4.1", "5", "5.1", "6", "7", "8", "9",
                                            "10", "10.1", "11", "12", "13", "13.1")
                                    : List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13"));
        }
    }

    /** Table name to its columns, each "name type-family nullability". */
    private static Map<String, Set<String>> columnsOf(List<Table<?>> tables) {
        Map<String, Set<String>> columns = new TreeMap<>();
        for (Table<?> table : tables) {
            if (!table.getName().startsWith("flyway")) {
                columns.put(
                        table.getName(),
                        Arrays.stream(table.fields())
                                .map(FreshDatabaseBehaviour::describe)
                                .collect(Collectors.toCollection(TreeSet::new)));
            }
        }
        return columns;
    }

    private static String describe(Field<?> field) {
        String family =
                field.getDataType().isDateTime() ? "time" : field.getDataType().isNumeric() ? "number" : "text";
        return field.getName() + " " + family + (field.getDataType().nullable() ? " null" : " not null");
    }

    @Test
    void everyStoreMethodRunsOnAFreshlyMigratedDatabase() {
        try (TestDatabase database = freshDatabase()) {
            PersistenceStores stores =
                    database.stores(PersistenceSettings.encryptedWith("drift-guard-secret-of-at-least-32-chars"));
            EngagementEvent open = anOpen().build();
            EngagementEvent click = aClick().occurredAt(T0.plusSeconds(1)).build();

            assertThat(stores.sync().events().append(ACCOUNT, "s", List.of(open, click), new Checkpoint("1", "f")))
                    .isEqualTo(2);
            assertThat(stores.sync().events().checkpoints(ACCOUNT)).containsEntry("s", new Checkpoint("1", "f"));
            EventQuery query = EventQuery.all()
                    .withAccount(ACCOUNT)
                    .withTypes(Set.of(EngagementType.CLICKED))
                    .withCampaign(CAMPAIGN)
                    .withRecipient("r1")
                    .withEmail("one@example.com")
                    .between(T0, T0.plusSeconds(5))
                    .withLimit(1);
            assertThat(stores.sync().events().find(query).items()).containsExactly(click);
            assertThat(stores.sync()
                            .events()
                            .find(EventQuery.all().withLimit(1))
                            .next())
                    .isNotNull();
            assertThat(stores.sync().events().statistics(ACCOUNT, CAMPAIGN).links())
                    .isEqualTo(CampaignFigures.links(List.of(open, click)));
            Reconciliation check = new Reconciliation(
                    ACCOUNT,
                    CAMPAIGN,
                    T0,
                    null,
                    2L,
                    ReconciliationStatus.BEHIND,
                    Map.of(EngagementType.OPENED, new TypeReconciliation(Measure.TOTAL, 3L, 1)),
                    null,
                    null,
                    null);
            stores.sync().reconciliations().save(check);
            assertThat(stores.sync().events().erase(ACCOUNT, RecipientSelector.byRecipientId("r1")))
                    .isEqualTo(2);
            // checks are aggregates: erasing a recipient leaves them as they were
            assertThat(stores.sync().reconciliations().find(ACCOUNT, Set.of(CAMPAIGN)))
                    .containsEntry(CAMPAIGN, check);
            assertThat(stores.sync().reconciliations().unsettled(ACCOUNT, T0, 5))
                    .containsExactly(check);
            assertThat(stores.sync().reconciliations().missingEvents(ACCOUNT)).isEqualTo(2);

            SyncRun run = SyncRun.started(SyncRunId.random(), ACCOUNT, T0).ranBy("replica-1");
            stores.sync().runs().save(run);
            assertThat(stores.sync().runs().find(run.id())).contains(run);
            assertThat(stores.sync().runs().recent(ACCOUNT, 5)).containsExactly(run);
            SyncRun repair = SyncRun.started(SyncRunId.random(), ACCOUNT, T0, SyncTarget.repairOf(CAMPAIGN))
                    .ranBy("replica-1");
            stores.sync().runs().save(repair);
            assertThat(stores.sync().runs().find(repair.id())).contains(repair);

            assertThat(stores.credentials().compareAndSet(ACCOUNT, "refresh_token", 0, "rt"))
                    .isTrue();
            assertThat(stores.credentials().find(ACCOUNT, "refresh_token")).contains(new StoredCredential("rt", 1));
        }
    }

    @Test
    void migratingTwiceChangesNothing() {
        try (TestDatabase database = freshDatabase()) {
            database.stores(PersistenceSettings.unencrypted())
                    .sync()
                    .events()
                    .append(ACCOUNT, "s", List.of(anOpen().build()), Checkpoint.START);

            PersistenceStores again = database.stores(PersistenceSettings.unencrypted());

            assertThat(again.sync().events().find(EventQuery.all()).items()).hasSize(1);
        }
    }
}
