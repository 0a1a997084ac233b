package io.engagementhub.adapter.copernica;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.engagementhub.domain.model.EngagementEvent;
import io.engagementhub.domain.model.EngagementType;
import io.engagementhub.domain.model.ProviderCount;
import io.engagementhub.domain.model.ProviderTotals;
import io.engagementhub.domain.model.ProviderTotalsRead;
import io.engagementhub.domain.model.ReportDefinition;
import io.engagementhub.domain.port.in.StopSignal;
import io.engagementhub.domain.port.in.SyncAccountCommand;
import io.engagementhub.domain.port.out.MalformedResponseException;
import io.engagementhub.domain.port.out.SourceObserver;
import io.engagementhub.sandbox.copernica.CopernicaDataSet;
import io.engagementhub.sandbox.copernica.CopernicaSimulator;
import io.engagementhub.sandbox.copernica.CopernicaSimulatorSettings;
import io.engagementhub.sandbox.copernica.CopernicaSimulatorSettings.V4Paths;
import io.engagementhub.sandbox.copernica.SimulatedEventType;
import io.engagementhub.sandbox.copernica.SimulatedProduct;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The emailing statistics as the provider's own totals, checked against what a sync stored. */
class CopernicaTotalsTest {

    private static final String MAILING = "1000";
    private static final String EMAILING = "5000";

    private static Set<String> campaigns(SimulatedAccount account) {
        return account.store.all().stream().map(EngagementEvent::campaignId).collect(Collectors.toSet());
    }

    private static Map<String, ProviderTotals> byCampaign(ProviderTotalsRead read) {
        return read.totals().stream().collect(Collectors.toMap(ProviderTotals::campaignId, Function.identity()));
    }

    /**
     * The stored events of one campaign, counted per type (every list is read in full); Publisher's
     * statistics give no deliveries, so its deliveries have no figure to compare with.
     */
    private static Map<EngagementType, ProviderCount> stored(SimulatedAccount account, String campaign) {
        Map<EngagementType, ProviderCount> counts = new EnumMap<>(EngagementType.class);
        account.store.all().stream()
                .filter(e -> e.campaignId().equals(campaign))
                .filter(e -> !(e.product().equals("publisher") && e.type() == EngagementType.DELIVERED))
                .collect(Collectors.groupingBy(EngagementEvent::type, Collectors.counting()))
                .forEach((type, count) -> counts.put(type, ProviderCount.total(count)));
        return counts;
    }

    private static long recipients(SimulatedAccount account, String campaign) {
        return account.store.all().stream()
                .filter(e -> e.campaignId().equals(campaign))
                .map(e -> e.recipient().id())
                .distinct()
                .count();
    }

    private static SimulatedAccount synced(CopernicaSimulatorSettings simulation, boolean v4) {
        CopernicaSimulator sim = CopernicaSimulator.start(CopernicaDataSet.of(2_000, 11), simulation);
        CopernicaSettings settings = v4 ? SimulatedAccount.v4Settings(sim, 250) : SimulatedAccount.settings(sim, 250);
        SimulatedAccount account = new SimulatedAccount(sim, settings, SourceObserver.NONE);
        account.syncOnce();
        return account;
    }

    private static long statisticsRequests(SimulatedAccount account) {
        return account.sim.server().requestsPerPath().entrySet().stream()
                .filter(e -> e.getKey().endsWith("/statistics"))
                .mapToLong(Map.Entry::getValue)
                .sum();
    }

    @Test
    void afterAFullSyncTheTotalsEqualTheStoredEventsOneRequestPerEmailing() {
        try (SimulatedAccount account = synced(CopernicaSimulatorSettings.DEFAULTS, false)) {
            Set<String> campaigns = campaigns(account);

            ProviderTotalsRead read = account.source.totals(campaigns);

            assertThat(byCampaign(read).keySet()).isEqualTo(campaigns);
            assertThat(read.requests()).isEqualTo(campaigns.size()).isEqualTo((int) statisticsRequests(account));
            for (ProviderTotals totals : read.totals()) {
                assertThat(totals.counts()).as(totals.campaignId()).isEqualTo(stored(account, totals.campaignId()));
                assertThat(totals.sent()).isEqualTo(recipients(account, totals.campaignId()));
                assertThat(totals.refreshedAt()).isNull();
            }
            assertThat(byCampaign(read).get(EMAILING).counts()).doesNotContainKey(EngagementType.DELIVERED);
            assertThat(account.source.reports()).isEqualTo(ReportDefinition.DESTINATIONS_AND_DELIVERIES);
        }
    }

    @Test
    void withheldEventsShowAsTheExactGapUntilARepairReadsThem() {
        CopernicaSimulator sim = CopernicaSimulator.start(CopernicaDataSet.of(2_000, 11));
        sim.withhold(SimulatedProduct.MS, SimulatedEventType.CLICKS, MAILING, 4);
        sim.withhold(SimulatedProduct.PUBLISHER, SimulatedEventType.IMPRESSIONS, EMAILING, 3);
        try (SimulatedAccount account =
                new SimulatedAccount(sim, SimulatedAccount.settings(sim, 250), SourceObserver.NONE)) {
            account.syncOnce();
            Map<EngagementType, ProviderCount> storedMailing = stored(account, MAILING);
            Map<EngagementType, ProviderCount> storedEmailing = stored(account, EMAILING);

            Map<String, ProviderTotals> totals = byCampaign(account.source.totals(Set.of(MAILING, EMAILING)));
            assertThat(totals.get(MAILING).counts().get(EngagementType.CLICKED).value())
                    .isEqualTo(storedMailing.get(EngagementType.CLICKED).value() + 4);
            assertThat(totals.get(EMAILING).counts().get(EngagementType.OPENED).value())
                    .isEqualTo(storedEmailing.get(EngagementType.OPENED).value() + 3);

            sim.release(SimulatedProduct.MS, SimulatedEventType.CLICKS, MAILING);
            sim.release(SimulatedProduct.PUBLISHER, SimulatedEventType.IMPRESSIONS, EMAILING);
            account.clock.advance(Duration.ofMinutes(10));
            account.syncOnce();
            assertThat(stored(account, MAILING)).as("behind the windows").isEqualTo(storedMailing);
            assertThat(stored(account, EMAILING)).as("behind the id cursor").isEqualTo(storedEmailing);

            for (String campaign : List.of(MAILING, EMAILING)) {
                account.sync.sync(
                        new SyncAccountCommand(SimulatedAccount.ACCOUNT, null, null, campaign), StopSignal.NEVER);
            }
            Map<String, ProviderTotals> after = byCampaign(account.source.totals(Set.of(MAILING, EMAILING)));
            assertThat(after.get(MAILING).counts()).isEqualTo(stored(account, MAILING));
            assertThat(after.get(EMAILING).counts()).isEqualTo(stored(account, EMAILING));
        }
    }

    @ParameterizedTest(name = "v4 answers {0}")
    @EnumSource(V4Paths.class)
    void v4ReadsTheStatisticsUnderWhicheverNameItAnswers(V4Paths names) {
        try (SimulatedAccount account = synced(CopernicaSimulatorSettings.DEFAULTS.withV4Paths(names), true)) {
            Set<String> campaigns = campaigns(account);

            ProviderTotalsRead read = account.source.totals(campaigns);

            assertThat(byCampaign(read).keySet()).isEqualTo(campaigns);
            for (ProviderTotals totals : read.totals()) {
                assertThat(totals.counts()).as(totals.campaignId()).isEqualTo(stored(account, totals.campaignId()));
            }
            Set<String> paths = account.sim.server().requestsPerPath().keySet();
            String expected = names == V4Paths.OLD_NAMES ? "/v4/ms/emailing/" : "/v4/draganddrop/emailing/";
            assertThat(paths).anyMatch(p -> p.startsWith(expected) && p.endsWith("/statistics"));
        }
    }

    @Test
    void aSourceThatReadNoEmailingsTriesEachProductUnderTheNewNameThenTheOld() {
        CopernicaSimulator sim = CopernicaSimulator.start(
                CopernicaDataSet.of(500, 3), CopernicaSimulatorSettings.DEFAULTS.withV4Paths(V4Paths.OLD_NAMES));
        try (SimulatedAccount account =
                new SimulatedAccount(sim, SimulatedAccount.v4Settings(sim, 250), SourceObserver.NONE)) {
            ProviderTotalsRead read = account.source.totals(Set.of(EMAILING));

            assertThat(byCampaign(read)).containsOnlyKeys(EMAILING);
            // each product's new name (unknown here), then its old one: Marketing Suite has no such
            // emailing, Publisher has
            assertThat(account.sim.server().requestsPerPath())
                    .containsOnlyKeys(
                            "/authenticate",
                            "/v4/draganddrop/emailing/" + EMAILING + "/statistics",
                            "/v4/ms/emailing/" + EMAILING + "/statistics",
                            "/v4/html/emailing/" + EMAILING + "/statistics",
                            "/v4/publisher/emailing/" + EMAILING + "/statistics");
            assertThat(read.requests()).isEqualTo(5);
        }
    }

    @Test
    void unknownCampaignsAreLeftOutAndRestatedOrDroppedFiguresReadAsTheyAre() {
        try (SimulatedAccount account = synced(CopernicaSimulatorSettings.DEFAULTS, false)) {
            account.sim.restateStatistics(SimulatedProduct.MS, SimulatedEventType.IMPRESSIONS, MAILING, 1);
            account.sim.dropStatistics(SimulatedProduct.MS, SimulatedEventType.ABUSES, MAILING);

            ProviderTotalsRead read = account.source.totals(new HashSet<>(List.of(MAILING, "999999", "abc")));

            assertThat(byCampaign(read)).containsOnlyKeys(MAILING);
            Map<EngagementType, ProviderCount> counts =
                    byCampaign(read).get(MAILING).counts();
            assertThat(counts.get(EngagementType.OPENED)).isEqualTo(ProviderCount.total(1));
            assertThat(counts).doesNotContainKey(EngagementType.COMPLAINED);
        }
    }

    @Test
    void aMalformedStatisticsPageIsAnErrorNamingThePage() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext(
                "/v2/", exchange -> answer(exchange, "{\"destinations\":\"12\",\"clicks\":{\"total\":\"many\"}}"));
        server.start();
        URI base = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/v2");
        CopernicaSettings settings = CopernicaSettings.of(SimulatedAccount.ACCOUNT, base, "secret-token-77")
                .withReading(CopernicaReadSettings.DEFAULTS.withRetry(SimulatedAccount.FAST_RETRY));
        try (CopernicaEngagementSource source =
                CopernicaEngagementSource.create(settings, java.time.Clock.systemUTC())) {
            assertThatThrownBy(() -> source.totals(Set.of(MAILING)))
                    .isInstanceOf(MalformedResponseException.class)
                    .hasMessageContaining("ms/emailing/" + MAILING + "/statistics")
                    .hasMessageContaining("clicks.total")
                    .hasMessageNotContaining("secret-token-77");
        } finally {
            server.stop(0);
        }
    }

    private static void answer(HttpExchange exchange, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }
}
