package io.engagementhub.adapter.copernica;

import static org.assertj.core.api.Assertions.assertThat;

import io.engagementhub.domain.model.EngagementEvent;
import io.engagementhub.domain.model.SyncRun;
import io.engagementhub.domain.model.SyncStatus;
import io.engagementhub.sandbox.copernica.CopernicaDataSet;
import io.engagementhub.sandbox.copernica.CopernicaSimulatorSettings;
import io.engagementhub.sandbox.copernica.SimulatedEvent;
import io.engagementhub.sandbox.copernica.SimulatedEventType;
import io.engagementhub.sandbox.copernica.SimulatedProduct;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CopernicaSyncTest {

    private static final int PAGE = 100;

    private static SimulatedAccount account(boolean inclusiveBounds) {
        return SimulatedAccount.start(
                CopernicaDataSet.of(4_000, 7),
                CopernicaSimulatorSettings.DEFAULTS.withBoundsInclusive(inclusiveBounds),
                PAGE);
    }

    private static void assertStoreHoldsExactly(SimulatedAccount account) {
        Map<String, EngagementEvent> expected = ExpectedEvents.byId(account.sim.events(), account.sim.zone());
        Map<String, EngagementEvent> stored = ExpectedEvents.byId(account.store.all());
        assertThat(stored.keySet()).isEqualTo(expected.keySet());
        expected.forEach((id, event) -> assertThat(stored.get(id)).as(id).isEqualTo(event));
    }

    @ParameterizedTest(name = "inclusive begintime/endtime: {0}")
    @ValueSource(booleans = {true, false})
    void fullSyncStoresExactlyTheSimulatorsEventsFieldByField(boolean inclusive) {
        try (SimulatedAccount account = account(inclusive)) {
            SyncRun run = account.syncOnce();

            assertThat(run.status()).as(run.toString()).isEqualTo(SyncStatus.SUCCEEDED);
            assertThat(run.figures().streamsDone()).isEqualTo(12);
            assertThat(run.figures().eventsStored()).isEqualTo(4_000);
            assertStoreHoldsExactly(account);
            assertThat(account.store.all())
                    .anyMatch(e -> e.occurredAt().equals(Instant.parse("2024-10-27T00:59:00Z")))
                    .noneMatch(e -> e.occurredAt().equals(Instant.parse("2024-10-27T01:59:00Z")));
        }
    }

    @ParameterizedTest(name = "inclusive begintime/endtime: {0}")
    @ValueSource(booleans = {true, false})
    void secondSyncStoresNothingAndCostsOneRequestPerStreamAndOnePerEmailingList(boolean inclusive) {
        try (SimulatedAccount account = account(inclusive)) {
            account.syncOnce();
            account.clock.advance(Duration.ofMinutes(15));
            long before = account.sim.server().totalRequests();

            SyncRun again = account.syncOnce();

            assertThat(again.status()).isEqualTo(SyncStatus.SUCCEEDED);
            assertThat(again.figures().eventsStored()).isZero();
            assertThat(again.figures().requests()).isEqualTo(12 + 2);
            assertThat(account.sim.server().totalRequests() - before).isEqualTo(12 + 2);
        }
    }

    @ParameterizedTest(name = "inclusive begintime/endtime: {0}")
    @ValueSource(booleans = {true, false})
    void eventsAppendedAfterASyncArriveInTheNextOne(boolean inclusive) {
        try (SimulatedAccount account = account(inclusive)) {
            account.syncOnce();
            Instant at = account.clock.instant().minus(Duration.ofMinutes(1)); // after the first window's end
            for (SimulatedProduct product : SimulatedProduct.values()) {
                for (SimulatedEventType type : SimulatedEventType.values()) {
                    account.sim.append(product, type, 3, at);
                }
            }
            account.clock.advance(Duration.ofMinutes(5));

            SyncRun next = account.syncOnce();

            assertThat(next.figures().eventsStored()).isEqualTo(36);
            assertStoreHoldsExactly(account);
        }
    }

    @ParameterizedTest(name = "inclusive begintime/endtime: {0}")
    @ValueSource(booleans = {true, false})
    void eventsAppendedWhilePagingAreNeitherLostNorDuplicated(boolean inclusive) {
        try (SimulatedAccount account = account(inclusive)) {
            Instant insideWindow = SimulatedAccount.NOW.minus(Duration.ofMinutes(5));
            Instant afterWindow = SimulatedAccount.NOW.minus(Duration.ofMinutes(1));
            for (long request = 1; request <= 40; request += 3) {
                account.sim.afterRequest(request, () -> {
                    for (SimulatedProduct product : SimulatedProduct.values()) {
                        for (SimulatedEventType type : SimulatedEventType.values()) {
                            account.sim.append(product, type, 2, insideWindow);
                            account.sim.append(product, type, 1, afterWindow);
                        }
                    }
                });
            }
            account.syncOnce();
            long firstSync = account.sim.requestsServed();
            account.clock.advance(Duration.ofMinutes(5));
            account.syncOnce();

            assertThat(firstSync)
                    .as("all scripted appends ran in the first sync")
                    .isGreaterThan(40);
            assertThat(account.sim.events()).hasSize(4_000 + 14 * 36);
            assertThat(account.store.size()).isEqualTo(account.sim.events().size());
            assertStoreHoldsExactly(account);
        }
    }

    @ParameterizedTest(name = "page size {0}")
    @ValueSource(ints = {1000, 7})
    void readsEveryEventWhateverThePageSizeIncludingExactMultiples(int pageSize) {
        try (SimulatedAccount account = SimulatedAccount.start(CopernicaDataSet.of(600, 3), pageSize)) {
            SyncRun run = account.syncOnce();
            assertThat(run.status()).isEqualTo(SyncStatus.SUCCEEDED);
            assertStoreHoldsExactly(account);
            for (SimulatedEvent event : account.sim.events().subList(0, 5)) {
                assertThat(account.store.all())
                        .anyMatch(e -> e.providerEventId().equals(Long.toString(event.id())));
            }
        }
    }
}
