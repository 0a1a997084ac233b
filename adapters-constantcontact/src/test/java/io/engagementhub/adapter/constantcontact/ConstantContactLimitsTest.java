package io.engagementhub.adapter.constantcontact;

import static org.assertj.core.api.Assertions.assertThat;

import io.engagementhub.domain.model.RequestQuota;
import io.engagementhub.domain.model.SyncRun;
import io.engagementhub.domain.model.SyncStatus;
import io.engagementhub.domain.port.in.StopSignal;
import io.engagementhub.domain.port.out.EngagementSources;
import io.engagementhub.domain.port.out.RequestBudget;
import io.engagementhub.domain.port.out.SourceObserver;
import io.engagementhub.domain.service.SyncService;
import io.engagementhub.domain.service.SyncSettings;
import io.engagementhub.domain.service.SyncStores;
import io.engagementhub.domain.testing.InMemoryCredentialStore;
import io.engagementhub.domain.testing.InMemoryEventStore;
import io.engagementhub.domain.testing.InMemorySuppressionList;
import io.engagementhub.domain.testing.InMemorySyncRunStore;
import io.engagementhub.sandbox.Fault;
import io.engagementhub.sandbox.constantcontact.ConstantContactDataSet;
import io.engagementhub.sandbox.constantcontact.ConstantContactSimReport;
import io.github.bucket4j.BlockingStrategy;
import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ConstantContactLimitsTest {

    @Test
    void permitsOfOneApplicationComeAPeriodApartOnAControlledClockAndAnotherApplicationNeverWaits() {
        ControlledTime time = new ControlledTime();
        Duration period = ConstantContactBudgets.DEFAULT_PERMIT_PERIOD;
        ConstantContactLocalBudget budget = new ConstantContactLocalBudget(period, time, time);
        List<Long> granted = new ArrayList<>();

        for (int i = 0; i < 20; i++) {
            assertThat(budget.take("app-1", Duration.ofMinutes(1))).isTrue();
            granted.add(time.nanos);
            long before = time.nanos;
            assertThat(budget.take("app-2", Duration.ZERO))
                    .as("another application's permit, right after app-1 took its own")
                    .isTrue();
            assertThat(time.nanos).isEqualTo(before);
        }
        assertThat(budget.take("app-1", period.dividedBy(2)))
                .as("a permit further away than the longest wait is refused")
                .isFalse();

        for (int i = 0; i < granted.size(); i++) {
            assertThat(granted.get(i) - granted.get(0)).isEqualTo(period.toNanos() * i);
            long start = granted.get(i);
            long inOneSecond = granted.stream()
                    .filter(t -> t >= start && t < start + 1_000_000_000L)
                    .count();
            assertThat(inOneSecond).as("permits in the second from permit " + i).isLessThanOrEqualTo(4);
        }
    }

    @Test
    void concurrentSyncsOfTwoAccountsOfOneApplicationTakeEveryRequestFromTheApplicationsOneBudget() throws Exception {
        try (SimulatedAccount account = new SimulatedAccount(
                ConstantContactDataSet.small().withCampaigns(1).withResendEvery(0))) {
            account.sim.throttleAbove(4);
            account.sim.rotateRefreshTokens(false);
            CountingBudget counting = new CountingBudget(new ConstantContactLocalBudget(Duration.ofMillis(300)));
            ConstantContactBudgets shared = ConstantContactBudgets.on(counting);
            InMemoryCredentialStore credentials = new InMemoryCredentialStore();
            var first = ConstantContactEngagementSource.create(
                    account.settings(), credentials, account.clock, SourceObserver.NONE, shared);
            var second = ConstantContactEngagementSource.create(
                    new ConstantContactSettings(
                            "beta",
                            account.settings().application(),
                            account.sim.initialRefreshToken(),
                            account.settings().endpoints(),
                            SimulatedAccount.FAST),
                    credentials,
                    account.clock,
                    SourceObserver.NONE,
                    shared);
            InMemoryEventStore store = new InMemoryEventStore();
            SyncService service = new SyncService(
                    EngagementSources.of(Map.of("acme", first, "beta", second)),
                    new SyncStores(store, new InMemorySyncRunStore(), new InMemorySuppressionList()),
                    account.clock,
                    SyncSettings.DEFAULTS);

            try (first;
                    second) {
                var a = CompletableFuture.supplyAsync(() -> service.sync("acme", StopSignal.NEVER));
                var b = CompletableFuture.supplyAsync(() -> service.sync("beta", StopSignal.NEVER));
                List<SyncRun> runs = List.of(a.get(60, TimeUnit.SECONDS), b.get(60, TimeUnit.SECONDS));

                assertThat(runs).allMatch(run -> run.status() == SyncStatus.SUCCEEDED, runs.toString());
            }
            assertThat(counting.taken).containsOnlyKeys(account.sim.clientId());
            assertThat(counting.taken.get(account.sim.clientId()).get())
                    .as("every API request of both accounts took a permit of the one application")
                    .isEqualTo(account.sim.apiRequests());
            assertThat(store.size()).isEqualTo(2 * account.sim.events().size());
        }
    }

    /** Time that moves only when the budget waits: a Bucket4j time meter and blocking strategy. */
    private static final class ControlledTime implements TimeMeter, BlockingStrategy {
        long nanos = 1_000_000_000L;

        @Override
        public long currentTimeNanos() {
            return nanos;
        }

        @Override
        public boolean isWallClockBased() {
            return false;
        }

        @Override
        public void park(long nanosToPark) {
            nanos += nanosToPark;
        }
    }

    /** Counts the permits taken per application. */
    private static final class CountingBudget implements RequestBudget {
        final Map<String, AtomicInteger> taken = new ConcurrentHashMap<>();
        private final RequestBudget delegate;

        CountingBudget(RequestBudget delegate) {
            this.delegate = delegate;
        }

        @Override
        public boolean take(String application, Duration maxWait) {
            taken.computeIfAbsent(application, a -> new AtomicInteger()).incrementAndGet();
            return delegate.take(application, maxWait);
        }

        @Override
        public void exhausted(String application, Instant until) {
            delegate.exhausted(application, until);
        }

        @Override
        public Optional<RequestQuota> quota(String application) {
            return delegate.quota(application);
        }
    }

    @Test
    void quotaExceededStopsTheSyncAtOnceWithTheResetTimeAndLosesNothing() {
        try (SimulatedAccount account = new SimulatedAccount(ConstantContactDataSet.small())) {
            account.sim.dailyQuota(15);

            SyncRun stopped = account.sync();

            assertThat(stopped.status()).isEqualTo(SyncStatus.PARTIAL);
            assertThat(stopped.message()).contains("quota", "2026-11-21T00:00:00Z");
            assertThat(account.apiRequests()).isEqualTo(16);
            int storedBefore = account.events.size();
            assertThat(storedBefore).isPositive();

            SyncRun failFast = account.sync();
            assertThat(failFast.message()).contains("2026-11-21T00:00:00Z");
            assertThat(account.apiRequests()).isEqualTo(16);

            account.sim.dailyQuota(10_000);
            account.clock.set(Instant.parse("2026-11-21T00:00:01Z"));
            SyncRun resumed = account.sync();
            assertThat(resumed.status()).as(resumed.toString()).isEqualTo(SyncStatus.SUCCEEDED);
            assertThat(account.stored()).containsExactlyElementsOf(account.expected());
        }
    }

    @Test
    void throttledAnswersAndServerErrorsAreRetriedWithoutLosingEvents() {
        try (SimulatedAccount account = new SimulatedAccount(ConstantContactDataSet.small())) {
            syncThenThreeNewClicks(account);
            account.sim.expireAccessTokens();
            account.sim.server().resetCounts();
            account.sim.server().injectFaults(Fault.TOO_MANY_REQUESTS, Fault.UNAVAILABLE_HTML, Fault.CONNECTION_RESET);

            SyncRun run = account.sync();

            assertThat(run.status()).as(run.toString()).isEqualTo(SyncStatus.SUCCEEDED);
            assertThat(account.stored()).containsExactlyElementsOf(account.expected());
            long tokenRequests = account.sim.server().requests("/oauth2/default/v1/token");
            assertThat(tokenRequests).as("the expired token was refreshed").isPositive();
            // Every request the simulator saw, retries, the 401 and the refresh included; the JDK
            // client may re-send the reset GET once, unseen (ADR 0007).
            assertThat(account.apiRequests() + tokenRequests)
                    .isBetween((long) run.figures().requests(), run.figures().requests() + 1L);
            assertThat(run.figures().requests()).isGreaterThanOrEqualTo(1 + 1 + 3 + 1);
        }
    }

    @Test
    void aTruncatedBodyIsRetriedAndOnlyAStreamThatKeepsGettingOneFailsAndTheNextSyncCatchesUp() {
        try (SimulatedAccount account = new SimulatedAccount(ConstantContactDataSet.small())) {
            String activity = syncThenThreeNewClicks(account);
            // discovery's summary and stats requests pass (a SLOW fault without delay is the real
            // answer); the one tracking request then gets cut-off JSON once, and is retried
            account.sim.server().slowDown(Duration.ZERO);
            account.sim.server().injectFaults(Fault.SLOW, Fault.SLOW, Fault.TRUNCATED_JSON);

            SyncRun retried = account.sync();
            assertThat(retried.status()).as(retried.toString()).isEqualTo(SyncStatus.SUCCEEDED);
            assertThat(account.stored()).containsExactlyElementsOf(account.expected());

            account.sim.append(activity, ConstantContactSimReport.CLICKS, 2);
            Fault[] faults = new Fault[2 + account.settings().reading().maxAttempts()];
            Arrays.fill(faults, Fault.TRUNCATED_JSON);
            faults[0] = Fault.SLOW;
            faults[1] = Fault.SLOW;
            account.sim.server().injectFaults(faults);

            SyncRun broken = account.sync();
            assertThat(broken.status()).isEqualTo(SyncStatus.PARTIAL);
            assertThat(broken.failures()).singleElement().asString().contains("unreadable JSON", "clicks");
            assertThat(account.stored()).hasSize(account.expected().size() - 2);

            SyncRun caughtUp = account.sync();
            assertThat(caughtUp.status()).isEqualTo(SyncStatus.SUCCEEDED);
            assertThat(account.stored()).containsExactlyElementsOf(account.expected());
        }
    }

    /** A first sync, then three new clicks five minutes later; returns the activity that got them. */
    private static String syncThenThreeNewClicks(SimulatedAccount account) {
        account.sync();
        account.clock.advance(Duration.ofMinutes(5));
        String activity = account.sim.campaigns().get(0).activities().get(0).id();
        account.sim.append(activity, ConstantContactSimReport.CLICKS, 3);
        return activity;
    }
}
