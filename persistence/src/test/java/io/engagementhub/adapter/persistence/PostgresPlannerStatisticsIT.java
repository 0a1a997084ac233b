package io.engagementhub.adapter.persistence;

import static io.engagementhub.adapter.persistence.jooq.Tables.STORED_EVENT;
import static org.assertj.core.api.Assertions.assertThat;

import io.engagementhub.domain.model.EngagementEvent;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * After a bulk append PostgreSQL's planner knows the event table's size (an analysed table has its
 * row count in {@code pg_class.reltuples}; one never analysed has -1), so the first page of a
 * large campaign reads its index in order instead of sorting every event; and a lookup of events
 * by id uses the index that keeps the ids unique.
 */
class PostgresPlannerStatisticsIT {

    @AutoClose
    private final TestDatabase database = TestDatabase.postgres();

    private final DSLContext dsl = DSL.using(database.dataSource(), SQLDialect.POSTGRES);
    private JooqEventStore store;

    @BeforeEach
    void migrate() {
        Persistence.create(database.dataSource(), PersistenceSettings.unencrypted());
        store = new JooqEventStore(dsl, DatabaseKind.POSTGRESQL, 500);
    }

    @Test
    void aBulkAppendLeavesTheEventTableAnalysed() {
        assertThat(reltuples()).as("never analysed").isNegative();

        RandomEvents random = new RandomEvents(3);
        long stored = 0;
        while (stored < 1_200) {
            stored += appendPage(random);
        }

        assertThat(reltuples()).as("rows the planner assumes").isBetween(500f, (float) stored);
    }

    /**
     * The ids of a page are looked up through the hash key that keeps them unique, whatever their
     * number: a condition the index cannot serve would read the whole table for every page.
     */
    @Test
    void idsAreLookedUpThroughTheirHashKey() {
        RandomEvents random = new RandomEvents(5);
        for (int page = 0; page < 20; page++) {
            appendPage(random);
        }
        dsl.execute("ANALYZE stored_event");

        for (List<String> ids : List.of(List.of("a:1"), List.of("a:1", "a:2", "a:3"))) {
            String plan = dsl.explain(dsl.selectFrom(STORED_EVENT)
                            .where(StoredEventIds.among(dsl, RandomEvents.ACCOUNTS[0], ids)))
                    .plan();
            assertThat(plan).as("plan for %s ids", ids.size()).contains("ex_stored_event_id");
        }
        String update = dsl.explain(dsl.update(STORED_EVENT)
                        .set(STORED_EVENT.MACHINE_REASONS, 0)
                        .where(StoredEventIds.of(dsl, RandomEvents.ACCOUNTS[0], "a:1")))
                .plan();
        assertThat(update).contains("ex_stored_event_id");
    }

    /** Appends a page of 100 random events of the first account; returns how many were new. */
    private int appendPage(RandomEvents random) {
        List<EngagementEvent> page = new ArrayList<>();
        while (page.size() < 100) {
            EngagementEvent event = random.next();
            if (event.account().equals(RandomEvents.ACCOUNTS[0])) {
                page.add(event);
            }
        }
        return store.append(RandomEvents.ACCOUNTS[0], "stream", page, null);
    }

    private float reltuples() {
        return dsl.resultQuery("SELECT reltuples FROM pg_class WHERE oid = to_regclass('stored_event')")
                .fetchOne(0, Float.class);
    }
}
