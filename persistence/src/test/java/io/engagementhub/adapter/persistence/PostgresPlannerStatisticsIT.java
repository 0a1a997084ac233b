package io.engagementhub.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.engagementhub.domain.model.EngagementEvent;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

/**
 * After a bulk append PostgreSQL's planner knows the event table's size (an analysed table has its
 * row count in {@code pg_class.reltuples}; one never analysed has -1), so the first page of a
 * large campaign reads its index in order instead of sorting every event.
 */
class PostgresPlannerStatisticsIT {

    @Test
    void aBulkAppendLeavesTheEventTableAnalysed() {
        try (TestDatabase database = TestDatabase.postgres()) {
            Persistence.create(database.dataSource(), PersistenceSettings.unencrypted());
            DSLContext dsl = DSL.using(database.dataSource(), SQLDialect.POSTGRES);
            JooqEventStore store = new JooqEventStore(dsl, DatabaseKind.POSTGRESQL, 500);
            assertThat(reltuples(dsl)).as("never analysed").isNegative();

            RandomEvents random = new RandomEvents(3);
            long stored = 0;
            while (stored < 1_200) {
                List<EngagementEvent> page = new ArrayList<>();
                while (page.size() < 100) {
                    EngagementEvent event = random.next();
                    if (event.account().equals(RandomEvents.ACCOUNTS[0])) {
                        page.add(event);
                    }
                }
                stored += store.append(RandomEvents.ACCOUNTS[0], "stream", page, null);
            }

            assertThat(reltuples(dsl)).as("rows the planner assumes").isBetween(500f, (float) stored);
        }
    }

    private static float reltuples(DSLContext dsl) {
        return dsl.resultQuery("SELECT reltuples FROM pg_class WHERE oid = to_regclass('stored_event')")
                .fetchOne(0, Float.class);
    }
}
