package io.engagementhub.adapter.copernica;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.engagementhub.domain.model.Checkpoint;
import io.engagementhub.domain.model.ProviderUsage;
import io.engagementhub.domain.model.SyncRun;
import io.engagementhub.domain.model.SyncStatus;
import io.engagementhub.domain.port.out.AccessDeniedException;
import io.engagementhub.domain.port.out.SourceObserver;
import io.engagementhub.sandbox.copernica.CopernicaDataSet;
import io.engagementhub.sandbox.copernica.CopernicaSimulator;
import io.engagementhub.sandbox.copernica.CopernicaSimulatorSettings;
import io.engagementhub.sandbox.copernica.CopernicaSimulatorSettings.JwtRules;
import io.engagementhub.sandbox.copernica.CopernicaSimulatorSettings.V4Paths;
import io.engagementhub.sandbox.copernica.SimulatedEventType;
import io.engagementhub.sandbox.copernica.SimulatedProduct;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** REST v4 through the real sync engine: JWT login and refresh, either path names, a move from v2. */
class CopernicaV4Test {

    private static SimulatedAccount v4Account(CopernicaSimulatorSettings settings) {
        CopernicaSimulator sim = CopernicaSimulator.start(CopernicaDataSet.of(2_000, 11), settings);
        return new SimulatedAccount(sim, SimulatedAccount.v4Settings(sim, 250), SourceObserver.NONE);
    }

    private static Set<String> ids(SimulatedAccount account) {
        return account.store.all().stream().map(e -> e.id().value()).collect(Collectors.toSet());
    }

    private static Set<String> expectedIds(SimulatedAccount account) {
        return ExpectedEvents.byId(account.sim.events(), account.sim.zone()).keySet();
    }

    @ParameterizedTest(name = "v4 answers {0}")
    @EnumSource(V4Paths.class)
    void aV4SyncStoresEveryEventWithOneLoginWhicheverPathNamesV4Answers(V4Paths names) {
        try (SimulatedAccount account = v4Account(CopernicaSimulatorSettings.DEFAULTS.withV4Paths(names))) {
            SyncRun run = account.syncOnce();

            assertThat(run.status()).as(run.toString()).isEqualTo(SyncStatus.SUCCEEDED);
            assertThat(run.figures().streamsDone()).isEqualTo(12);
            assertThat(ids(account)).isEqualTo(expectedIds(account));
            assertThat(account.sim.logins()).as("one JWT for the whole sync").isEqualTo(1);
            Map<String, Long> paths = account.sim.server().requestsPerPath();
            if (names == V4Paths.OLD_NAMES) {
                // one refused try of the new name per product, then the old name is tried first
                assertThat(paths.keySet().stream().filter(p -> p.startsWith("/v4/draganddrop/")))
                        .hasSize(1);
                assertThat(paths.keySet().stream().filter(p -> p.startsWith("/v4/html/")))
                        .hasSize(1);
                assertThat(paths).containsKey("/v4/ms/clicks").containsKey("/v4/publisher/clicks");
            } else {
                assertThat(paths.keySet()).noneMatch(p -> p.startsWith("/v4/ms/") || p.startsWith("/v4/publisher/"));
                assertThat(paths).containsKey("/v4/draganddrop/clicks").containsKey("/v4/html/deliveries");
            }
            assertThat(paths.keySet()).noneMatch(p -> p.startsWith("/v2/") || p.startsWith("/v3/"));
        }
    }

    @ParameterizedTest(name = "an expired JWT is refused with HTTP {0}")
    @ValueSource(ints = {400, 401, 403})
    void aJwtThatExpiresMidSyncIsReplacedAndTheSyncCompletes(int refusal) {
        JwtRules shortLived = new JwtRules(Duration.ofHours(24), 7, refusal);
        try (SimulatedAccount account = v4Account(CopernicaSimulatorSettings.DEFAULTS.withJwt(shortLived))) {
            SyncRun run = account.syncOnce();

            assertThat(run.status()).as(run.toString()).isEqualTo(SyncStatus.SUCCEEDED);
            assertThat(ids(account)).isEqualTo(expectedIds(account));
            assertThat(account.sim.logins()).isGreaterThan(1);
            assertThat(run.figures().requests()).as("logins are requests too").isEqualTo(account.sim.requestsServed());
        }
    }

    @Test
    void aJwtIsRefreshedBeforeTheExpiryItCarries() {
        JwtRules hourly = new JwtRules(Duration.ofHours(1), 0, 401);
        try (SimulatedAccount account = v4Account(CopernicaSimulatorSettings.DEFAULTS.withJwt(hourly))) {
            account.clock.set(Instant.now());
            account.syncOnce();
            account.clock.advance(Duration.ofMinutes(50));
            account.syncOnce();

            assertThat(account.sim.logins())
                    .as("refreshed 15 minutes before its exp")
                    .isEqualTo(2);
        }
    }

    @Test
    void theMonthsApiCallsAreReadFromV4AtTheEndOfASyncAtMostOnceADay() {
        try (SimulatedAccount account = v4Account(CopernicaSimulatorSettings.DEFAULTS)) {
            assertThat(account.source.usage()).as("nothing read before a sync").isEmpty();
            SyncRun first = account.syncOnce();
            ProviderUsage usage = account.source.usage().orElseThrow();
            account.clock.advance(Duration.ofHours(1));
            account.syncOnce();
            ProviderUsage sameDay = account.source.usage().orElseThrow();
            account.clock.advance(Duration.ofDays(1));
            account.syncOnce();
            ProviderUsage nextDay = account.source.usage().orElseThrow();

            assertThat(first.figures().requests())
                    .as("the run counts every request, the consumption call (its last) included")
                    .isEqualTo(usage.apiCalls());
            assertThat(usage.from()).isEqualTo(usage.to().withDayOfMonth(1));
            assertThat(sameDay).isEqualTo(usage);
            assertThat(nextDay.apiCalls()).isEqualTo(account.sim.requestsServed());
            assertThat(account.sim.server().requests("/v4/consumption")).isEqualTo(2);
        }
        try (SimulatedAccount v2 = SimulatedAccount.start(CopernicaDataSet.of(10, 1), 100)) {
            v2.syncOnce();
            assertThat(v2.source.usage()).as("REST v2 has no consumption").isEmpty();
            assertThat(v2.sim.server().requestsPerPath().keySet()).noneMatch(path -> path.contains("consumption"));
        }
    }

    @Test
    void aWrongApiTokenIsAnAccessDenialNamingTheAccountAndNotTheToken() {
        try (CopernicaSimulator sim = CopernicaSimulator.start(CopernicaDataSet.of(10, 1))) {
            CopernicaSettings wrong = CopernicaSettings.of("shop-nl", sim.v4BaseUrl(), "not-the-token-5e1")
                    .withAuthUrl(sim.authUrl());
            try (CopernicaEngagementSource source =
                    CopernicaEngagementSource.create(wrong, java.time.Clock.systemUTC())) {
                assertThatThrownBy(() -> source.read(source.discover().streams().get(0), Checkpoint.START))
                        .isInstanceOf(AccessDeniedException.class)
                        .hasMessageContaining("'shop-nl'")
                        .hasMessageNotContaining("not-the-token-5e1");
            }
            assertThat(sim.server().requestsPerPath().keySet()).noneMatch(p -> p.startsWith("/v4/"));
        }
    }

    /** The same streams, checkpoints and event ids on both versions: nothing twice, nothing missed. */
    @Test
    void anAccountMovedFromV2ToV4ContinuesFromItsCheckpoints() {
        try (SimulatedAccount account = SimulatedAccount.start(CopernicaDataSet.of(2_000, 12), 250)) {
            SyncRun onV2 = account.syncOnce();
            for (SimulatedProduct product : SimulatedProduct.values()) {
                for (SimulatedEventType type : SimulatedEventType.values()) {
                    account.sim.append(product, type, 3, account.clock.instant().minus(Duration.ofMinutes(5)));
                }
            }
            account.clock.advance(Duration.ofMinutes(10));

            SyncRun onV4 = account.syncOnceWith(SimulatedAccount.v4Settings(account.sim, 250));

            assertThat(onV2.status()).isEqualTo(SyncStatus.SUCCEEDED);
            assertThat(onV4.status()).as(onV4.toString()).isEqualTo(SyncStatus.SUCCEEDED);
            assertThat(onV4.figures().eventsStored())
                    .isEqualTo(SimulatedProduct.values().length * SimulatedEventType.values().length * 3L);
            assertThat(account.store.size()).isEqualTo(account.sim.events().size());
            assertThat(ids(account)).isEqualTo(expectedIds(account));
        }
    }
}
