package io.engagementhub.adapter.copernica;

import static org.assertj.core.api.Assertions.assertThat;

import io.engagementhub.domain.model.SyncRun;
import io.engagementhub.domain.model.SyncStatus;
import io.engagementhub.domain.port.out.SourceObserver;
import io.engagementhub.sandbox.copernica.CopernicaDataSet;
import io.engagementhub.sandbox.copernica.CopernicaSimulator;
import io.engagementhub.sandbox.copernica.SimulatedEvent;
import io.engagementhub.sandbox.copernica.SimulatedEventType;
import io.engagementhub.sandbox.copernica.SimulatedProduct;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A sync stores what happened up to its start, Marketing Suite unsubscribes included (read from
 * REST v3), and the next sync catches events the provider recorded late, within the overlap.
 */
class CopernicaFreshnessTest {

    private static Set<String> storedIds(SimulatedAccount account) {
        return account.store.all().stream().map(e -> e.id().value()).collect(Collectors.toSet());
    }

    private static String idOf(SimulatedEvent event) {
        return "copernica:" + event.product().path() + ":" + event.type().path() + ":" + event.id();
    }

    @Test
    void anEventFiveSecondsBeforeTheSyncIsStoredByIt() {
        try (SimulatedAccount account = SimulatedAccount.start(CopernicaDataSet.of(200, 3), 100)) {
            account.syncOnce();
            account.clock.advance(Duration.ofMinutes(15));
            List<SimulatedEvent> justNow = account.sim.append(
                    SimulatedProduct.MS,
                    SimulatedEventType.CLICKS,
                    2,
                    account.clock.instant().minusSeconds(5));
            List<SimulatedEvent> unsubscribed = account.sim.append(
                    SimulatedProduct.MS,
                    SimulatedEventType.UNSUBSCRIBES,
                    1,
                    account.clock.instant().minusSeconds(5));

            SyncRun run = account.syncOnce();

            assertThat(run.status()).as(run.toString()).isEqualTo(SyncStatus.SUCCEEDED);
            assertThat(storedIds(account))
                    .contains(idOf(justNow.get(0)), idOf(justNow.get(1)), idOf(unsubscribed.get(0)));
        }
    }

    @Test
    void anEventRecordedLateButWithinTheOverlapIsStoredByTheNextSync() {
        try (SimulatedAccount account = SimulatedAccount.start(CopernicaDataSet.of(200, 3), 100)) {
            account.syncOnce();
            // Recorded after that sync, but stamped 8 minutes before it ran: inside the 10-minute overlap.
            List<SimulatedEvent> late = account.sim.append(
                    SimulatedProduct.MS,
                    SimulatedEventType.IMPRESSIONS,
                    1,
                    account.clock.instant().minus(Duration.ofMinutes(8)));
            account.clock.advance(Duration.ofMinutes(15));

            account.syncOnce();

            assertThat(storedIds(account)).contains(idOf(late.get(0)));
        }
    }

    @Test
    void aConfiguredV3RootIsWhereMarketingSuiteUnsubscribesAreReadFrom() {
        try (CopernicaSimulator sim = CopernicaSimulator.start(CopernicaDataSet.of(300, 3))) {
            CopernicaSettings settings =
                    SimulatedAccount.settings(sim, 100).withV3BaseUrl(URI.create("http://127.0.0.1:9/v3"));
            try (SimulatedAccount account = new SimulatedAccount(sim, settings, SourceObserver.NONE)) {
                SyncRun run = account.syncOnce();

                assertThat(run.status()).isEqualTo(SyncStatus.PARTIAL);
                assertThat(run.failures()).singleElement().satisfies(f -> assertThat(f.streamKey())
                        .isEqualTo("ms/unsubscribes"));
                assertThat(run.figures().streamsDone()).isEqualTo(11);
                assertThat(account.store.all()).isNotEmpty().noneMatch(e -> e.id().value()
                        .startsWith("copernica:ms:unsubscribes:"));
            }
        }
    }

    @Test
    void theV3RootSitsBesideTheV2Root() {
        assertThat(CopernicaEndpoints.of(URI.create("https://api.copernica.com/v2"))
                        .v3())
                .isEqualTo(URI.create("https://api.copernica.com/v3"));
        assertThat(CopernicaEndpoints.of(URI.create("http://127.0.0.1:4000/proxy/v2/"))
                        .v3())
                .isEqualTo(URI.create("http://127.0.0.1:4000/proxy/v3"));
        assertThat(CopernicaEndpoints.of(URI.create("http://127.0.0.1:4000/copernica"))
                        .v3())
                .isEqualTo(URI.create("http://127.0.0.1:4000/copernica"));
    }
}
