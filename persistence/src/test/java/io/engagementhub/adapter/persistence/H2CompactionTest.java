package io.engagementhub.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.engagementhub.domain.model.Checkpoint;
import io.engagementhub.domain.model.EngagementEvent;
import io.engagementhub.domain.model.EventQuery;
import io.engagementhub.domain.port.out.EventStore;
import io.engagementhub.domain.testing.StoredEvents;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A stopped service's H2 file is compacted: it shrinks to its live pages, and every event reads
 * back exactly as before. A database another process holds, or one that is not an H2 file, is left
 * alone.
 */
class H2CompactionTest {

    @TempDir
    Path dir;

    @Test
    void aClosedH2FileShrinksAndKeepsEveryEvent() {
        String url = "jdbc:h2:file:" + dir.resolve("store");
        List<EngagementEvent> before;
        try (HikariDataSource pool = Persistence.pooledDataSource(url, "sa", "")) {
            EventStore store = Persistence.create(pool, PersistenceSettings.unencrypted())
                    .sync()
                    .events();
            fill(store);
            before = all(store);
        }
        long plain = size();

        assertThat(Persistence.compactClosedH2(url, "sa", "")).isTrue();

        assertThat(size()).as("bytes after compaction, before %,d", plain).isLessThan(plain);
        try (HikariDataSource pool = Persistence.pooledDataSource(url, "sa", "")) {
            EventStore store = Persistence.create(pool, PersistenceSettings.unencrypted())
                    .sync()
                    .events();
            assertThat(all(store)).hasSize(before.size()).isEqualTo(before);
        }
    }

    @Test
    void anOpenDatabaseOrOneThatIsNoH2FileIsLeftAlone() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("open");
        try (HikariDataSource pool = Persistence.pooledDataSource(url, "sa", "")) {
            EventStore store = Persistence.create(pool, PersistenceSettings.unencrypted())
                    .sync()
                    .events();
            fill(store);

            assertThat(Persistence.compactClosedH2(url, "sa", ""))
                    .as("the database is open in this process's pool")
                    .isFalse();
            assertThat(all(store)).as("the pool's database was not shut down").hasSize(6_000);
        }
        assertThat(Persistence.compactClosedH2("jdbc:h2:mem:x", "sa", "")).isFalse();
        assertThat(Persistence.compactClosedH2("jdbc:h2:tcp://127.0.0.1:9/x", "sa", ""))
                .isFalse();
        assertThat(Persistence.compactClosedH2("jdbc:postgresql://127.0.0.1:9/x", "u", ""))
                .isFalse();
    }

    /** Pages of varied events in random key order: the writes that leave old page versions behind. */
    private static void fill(EventStore store) {
        RandomEvents random = new RandomEvents(7);
        List<EngagementEvent> events =
                IntStream.range(0, 6_000).mapToObj(i -> random.next()).toList();
        for (String account : RandomEvents.ACCOUNTS) {
            List<EngagementEvent> page = new ArrayList<>();
            for (EngagementEvent event : events) {
                if (event.account().equals(account)) {
                    page.add(event);
                }
                if (page.size() == 100) {
                    store.append(
                            account,
                            "stream",
                            List.copyOf(page),
                            new Checkpoint(event.id().value(), null));
                    page.clear();
                }
            }
            store.append(account, "stream", page, null);
        }
    }

    private static List<EngagementEvent> all(EventStore store) {
        return StoredEvents.all(store, EventQuery.all().withLimit(EventQuery.MAX_LIMIT));
    }

    private long size() {
        try {
            return Files.size(dir.resolve("store.mv.db"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
