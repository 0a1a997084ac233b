package io.engagementhub.app.ops;

import static org.assertj.core.api.Assertions.assertThat;

import io.engagementhub.app.config.ConfiguredAccounts;
import io.engagementhub.app.config.CopernicaAccount;
import io.engagementhub.domain.model.Reconciliation;
import io.engagementhub.domain.port.in.ReconciliationUseCase;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micronaut.scheduling.ScheduledExecutorTaskScheduler;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The missing-events gauge shows what was last read: a scrape never waits on the store. */
class ReconciliationGaugesTest {

    private static final String ACCOUNT = "acme";

    private final SimpleMeterRegistry metrics = new SimpleMeterRegistry();
    private final HealthDeadline deadline = new HealthDeadline();
    private final ExecutorService scheduled = Executors.newSingleThreadScheduledExecutor();
    private final AtomicInteger reads = new AtomicInteger();
    private final CountDownLatch hung = new CountDownLatch(1);
    private volatile LongSupplier store = () -> 6;

    private final ReconciliationGauges gauges = new ReconciliationGauges(
            metrics,
            new ConfiguredAccounts(
                    List.of(new CopernicaAccount(ACCOUNT, "token", null, null, null, ZoneId.of("UTC"), Set.of("ms")))),
            new CountingChecks(),
            deadline,
            new ScheduledExecutorTaskScheduler(scheduled));

    @AfterEach
    void stop() {
        hung.countDown();
        deadline.stop();
        scheduled.shutdownNow();
    }

    @Test
    void notANumberUntilReadAndAScrapeNeverReadsTheStore() {
        assertThat(gauge()).isNaN();
        assertThat(reads).hasValue(0);

        gauges.refresh(List.of(ACCOUNT));

        assertThat(gauge()).isEqualTo(6.0);
        assertThat(gauge()).isEqualTo(6.0);
        assertThat(reads).hasValue(1);
    }

    @Test
    void whileARefreshWaitsOnTheStoreTheLastFigureIsShownThenNotANumber() {
        gauges.refresh(List.of(ACCOUNT));
        store = () -> {
            try {
                hung.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return 0;
        };

        CompletableFuture<Void> refresh = CompletableFuture.runAsync(() -> gauges.refresh(List.of(ACCOUNT)));
        assertThat(gauge()).isEqualTo(6.0);
        refresh.join();

        assertThat(gauge()).as("the store did not answer within the deadline").isNaN();
    }

    @Test
    void aStoreThatFailsGivesNotANumber() {
        gauges.refresh(List.of(ACCOUNT));
        store = () -> {
            throw new IllegalStateException("the database is unavailable");
        };

        gauges.refresh(List.of(ACCOUNT));

        assertThat(gauge()).isNaN();
    }

    private double gauge() {
        return metrics.get("engagement.reconciliation.missing.events")
                .tag("account", ACCOUNT)
                .gauge()
                .value();
    }

    /** Counts the reads of the missing events, which come from {@link #store}. */
    private final class CountingChecks implements ReconciliationUseCase {

        @Override
        public Optional<Reconciliation> reconciliation(String account, String campaignId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Map<String, Reconciliation> reconciliations(String account, Set<String> campaignIds) {
            throw new UnsupportedOperationException();
        }

        @Override
        public long missingEvents(String account) {
            reads.incrementAndGet();
            return store.getAsLong();
        }
    }
}
