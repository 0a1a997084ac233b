package io.engagementhub.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import io.engagementhub.domain.model.RequestQuota;
import io.engagementhub.domain.port.out.QuotaExhaustedException;
import io.engagementhub.domain.port.out.RequestBudget;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The request budget in PostgreSQL, taken by two budgets on two pools (as two instances would):
 * permits are spaced by the period across both, the daily budget is one for both and reports its
 * reset, and applications do not share.
 */
class PostgresRequestBudgetIT {

    static final RequestBudgetSettings SETTINGS = new RequestBudgetSettings("test", Duration.ofMillis(200), 12);

    @Test
    void twoInstancesShareOneSpacingAndOneDailyBudgetPerApplication() throws Exception {
        try (TestDatabase db = TestDatabase.postgres();
                HikariDataSource second = db.anotherPool()) {
            db.stores(PersistenceSettings.unencrypted());
            RequestBudget one = Persistence.sharedRequestBudget(db.dataSource(), SETTINGS, Clock.systemUTC())
                    .orElseThrow();
            RequestBudget two = Persistence.sharedRequestBudget(second, SETTINGS, Clock.systemUTC())
                    .orElseThrow();
            long start = System.nanoTime();
            ExecutorService threads = Executors.newFixedThreadPool(4);
            try {
                List<Future<?>> all = new ArrayList<>();
                for (int i = 0; i < 12; i++) {
                    RequestBudget budget = i % 2 == 0 ? one : two;
                    all.add(threads.submit(() -> {
                        assertThat(budget.take("app-a", Duration.ofSeconds(30))).isTrue();
                    }));
                }
                for (Future<?> f : all) {
                    f.get(60, TimeUnit.SECONDS);
                }
            } finally {
                threads.shutdownNow();
            }
            long elapsedMillis = (System.nanoTime() - start) / 1_000_000;
            // The first permit is free at once, each further one a period later, whoever takes it.
            assertThat(elapsedMillis)
                    .isGreaterThanOrEqualTo(11 * SETTINGS.permitPeriod().toMillis() - 20);

            Instant midnight = LocalDate.now(ZoneOffset.UTC)
                    .plusDays(1)
                    .atStartOfDay(ZoneOffset.UTC)
                    .toInstant();
            assertThat(one.quota("app-a")).contains(new RequestQuota(0, midnight));
            assertThatThrownBy(() -> two.take("app-a", Duration.ofSeconds(1)))
                    .isInstanceOf(QuotaExhaustedException.class)
                    .satisfies(e -> assertThat(((QuotaExhaustedException) e).resetsAt())
                            .isBetween(midnight.minusSeconds(5), midnight.plusSeconds(5)));
            assertThat(one.take("app-b", Duration.ofSeconds(5))).isTrue();
            assertThat(two.quota("app-b")).contains(new RequestQuota(11, midnight));
        }
    }

    @Test
    void aSavedPermitAndTheNextAreStillAPeriodApart() throws Exception {
        try (TestDatabase db = TestDatabase.postgres();
                HikariDataSource second = db.anotherPool()) {
            db.stores(PersistenceSettings.unencrypted());
            RequestBudgetSettings settings = new RequestBudgetSettings("test", Duration.ofMillis(350), 100);
            RequestBudget one = Persistence.sharedRequestBudget(db.dataSource(), settings, Clock.systemUTC())
                    .orElseThrow();
            RequestBudget two = Persistence.sharedRequestBudget(second, settings, Clock.systemUTC())
                    .orElseThrow();
            List<Long> gaps = new ArrayList<>();
            for (int round = 0; round < 7; round++) {
                // A sleep, not a wait: the test is about time; meanwhile the bucket fills up, one permit saved.
                Thread.sleep(500);
                assertThat(one.take("app-c", Duration.ofSeconds(5))).isTrue();
                long first = System.nanoTime();
                assertThat(two.take("app-c", Duration.ofSeconds(5))).isTrue();
                gaps.add((System.nanoTime() - first) / 1_000_000);
            }
            // The first permit is taken a little before its take returns (a commit, or a busy
            // machine's pause), so one gap may look short; most must be about a period. Handing out
            // the next permit on a fixed grid would make them short in most rounds.
            List<Long> sorted = gaps.stream().sorted().toList();
            assertThat(sorted.get(sorted.size() / 2)).as("median of " + gaps).isGreaterThanOrEqualTo(350 - 60);
        }
    }
}
