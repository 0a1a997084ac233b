package io.engagementhub.adapter.constantcontact;

import static org.assertj.core.api.Assertions.assertThat;

import io.engagementhub.domain.model.SyncRun;
import io.engagementhub.domain.model.SyncStatus;
import io.engagementhub.domain.port.in.StopSignal;
import io.engagementhub.domain.port.out.EngagementSources;
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
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ConstantContactLimitsTest {

    @Test
    void concurrentSyncsOfTwoAccountsOfOneApplicationNeverExceedFourRequestsASecond() throws Exception {
        try (SimulatedAccount account = new SimulatedAccount(
                ConstantContactDataSet.small().withCampaigns(1).withResendEvery(0))) {
            account.sim.throttleAbove(4);
            account.sim.rotateRefreshTokens(false);
            AtomicInteger throttled = new AtomicInteger();
            SourceObserver observer = new SourceObserver() {
                @Override
                public void throttled(String provider, String name) {
                    throttled.incrementAndGet();
                }
            };
            ConstantContactRateLimits shared =
                    new ConstantContactRateLimits(ConstantContactRateLimits.DEFAULT_PERMIT_PERIOD);
            InMemoryCredentialStore credentials = new InMemoryCredentialStore();
            var first = ConstantContactEngagementSource.create(
                    account.settings(), credentials, account.clock, observer, shared);
            var second = ConstantContactEngagementSource.create(
                    new ConstantContactSettings(
                            "beta",
                            account.settings().application(),
                            account.sim.initialRefreshToken(),
                            account.settings().endpoints(),
                            SimulatedAccount.FAST),
                    credentials,
                    account.clock,
                    observer,
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
            assertThat(account.sim.peakRequestsPerSecond()).isBetween(1, 4);
            assertThat(throttled).hasValue(0);
            assertThat(store.size()).isEqualTo(2 * account.sim.events().size());
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
            account.sync();
            account.clock.advance(Duration.ofMinutes(5));
            String activity = account.sim.campaigns().get(0).activities().get(0).id();
            account.sim.append(activity, ConstantContactSimReport.CLICKS, 3);
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
            account.sync();
            account.clock.advance(Duration.ofMinutes(5));
            String activity = account.sim.campaigns().get(0).activities().get(0).id();
            account.sim.append(activity, ConstantContactSimReport.CLICKS, 3);
            // discovery's summary and stats requests pass (a SLOW fault without delay is the real
            // answer); the one tracking request then gets cut-off JSON once, and is retried
            account.sim.server().slowDown(Duration.ZERO);
            account.sim.server().injectFaults(Fault.SLOW, Fault.SLOW, Fault.TRUNCATED_JSON);

            SyncRun retried = account.sync();
            assertThat(retried.status()).as(retried.toString()).isEqualTo(SyncStatus.SUCCEEDED);
            assertThat(account.stored()).containsExactlyElementsOf(account.expected());

            account.sim.append(activity, ConstantContactSimReport.CLICKS, 2);
            Fault[] faults = new Fault[2 + account.settings().timings().maxAttempts()];
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
}
