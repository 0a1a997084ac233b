package io.engagementhub.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;

/**
 * The dimension key cache is bounded (the heap of a long-running service must not grow with every
 * recipient or client it ever stored), and a row whose key left the cache is found again, with the
 * same key, not inserted twice.
 */
class DimensionCacheTest {

    @Test
    void theCacheKeepsAtMostItsBoundAndAnEvictedRowKeepsItsKey() throws Exception {
        try (TestDatabase database = TestDatabase.h2()) {
            Persistence.create(database.dataSource(), PersistenceSettings.unencrypted());
            var links = new EventDimensions(true).links;
            Map<EventDimensions.LinkRow, Integer> keys = new HashMap<>();
            DSLContext dsl = database.raw();
            for (int from = 0; from < Dimension.MAX_CACHED + 2_000; from += 1_000) {
                List<EventDimensions.LinkRow> page = IntStream.range(from, from + 1_000)
                        .mapToObj(i -> new EventDimensions.LinkRow("https://example.org/" + i, ""))
                        .toList();
                var lookup = dsl.transactionResult(tx -> links.resolve(tx.dsl(), page));
                links.remember(lookup);
                page.forEach(link -> keys.put(link, lookup.keyOf(link)));
            }

            assertThat(links.cachedKeys()).isPositive().isLessThanOrEqualTo(Dimension.MAX_CACHED);
            var again = dsl.transactionResult(tx -> links.resolve(tx.dsl(), keys.keySet()));
            keys.forEach(
                    (link, key) -> assertThat(again.keyOf(link)).as("%s", link).isEqualTo(key));
            assertThat(again.fresh()).as("found again, nothing cached").hasSizeGreaterThan(1_000);
            assertThat(rows(database)).isEqualTo(keys.size());
        }
    }

    private static long rows(TestDatabase database) throws Exception {
        try (Connection connection = database.dataSource().getConnection();
                var count = connection.createStatement().executeQuery("SELECT COUNT(*) FROM event_link")) {
            count.next();
            return count.getLong(1);
        }
    }
}
