package io.engagementhub.adapter.constantcontact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.engagementhub.domain.model.EngagementEvent;
import io.engagementhub.domain.model.EngagementType;
import io.engagementhub.domain.model.ProviderCount;
import io.engagementhub.domain.model.ProviderTotals;
import io.engagementhub.domain.model.ProviderTotalsRead;
import io.engagementhub.domain.model.ReportDefinition;
import io.engagementhub.domain.port.in.SyncAccountCommand;
import io.engagementhub.domain.port.out.MalformedResponseException;
import io.engagementhub.domain.port.out.SourceObserver;
import io.engagementhub.domain.testing.InMemoryCredentialStore;
import io.engagementhub.domain.testing.MutableClock;
import io.engagementhub.sandbox.constantcontact.ConstantContactDataSet;
import io.engagementhub.sandbox.constantcontact.ConstantContactSimActivity;
import io.engagementhub.sandbox.constantcontact.ConstantContactSimReport;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The activity stats as the provider's own totals, checked against what a sync stored. */
class ConstantContactTotalsTest {

    private static Set<String> ids(SimulatedAccount account) {
        return account.sentActivities().stream()
                .map(ConstantContactSimActivity::id)
                .collect(Collectors.toSet());
    }

    private static Map<String, ProviderTotals> byCampaign(ProviderTotalsRead read) {
        return read.totals().stream().collect(Collectors.toMap(ProviderTotals::campaignId, Function.identity()));
    }

    /** What the stored events of one activity give, by the measure of each figure. */
    private static Map<EngagementType, ProviderCount> stored(SimulatedAccount account, String activityId) {
        List<EngagementEvent> events = account.events.all().stream()
                .filter(e -> e.campaignId().equals(activityId))
                .toList();
        Map<EngagementType, ProviderCount> counts = new EnumMap<>(EngagementType.class);
        counts.put(
                EngagementType.SENT,
                ProviderCount.unique(recipients(events, EngagementType.SENT).size()));
        counts.put(EngagementType.OPENED, ProviderCount.total(count(events, EngagementType.OPENED)));
        counts.put(EngagementType.CLICKED, ProviderCount.total(count(events, EngagementType.CLICKED)));
        counts.put(
                EngagementType.UNSUBSCRIBED,
                ProviderCount.unique(
                        recipients(events, EngagementType.UNSUBSCRIBED).size()));
        counts.put(
                EngagementType.FORWARDED,
                ProviderCount.unique(
                        recipients(events, EngagementType.FORWARDED).size()));
        Set<String> autoReplies = recipients(events, EngagementType.DELIVERED);
        Set<String> bounced = new HashSet<>(recipients(events, EngagementType.BOUNCED));
        bounced.addAll(autoReplies);
        // em_bounces counts every bouncing contact once, em_bounces_vacation those with an auto-reply
        counts.put(EngagementType.BOUNCED, ProviderCount.unique(bounced.size() - autoReplies.size()));
        counts.put(EngagementType.DELIVERED, ProviderCount.unique(autoReplies.size()));
        return counts;
    }

    private static Set<String> recipients(List<EngagementEvent> events, EngagementType type) {
        return events.stream()
                .filter(e -> e.type() == type)
                .map(e -> e.recipient().id())
                .collect(Collectors.toSet());
    }

    private static long count(List<EngagementEvent> events, EngagementType type) {
        return events.stream().filter(e -> e.type() == type).count();
    }

    @Test
    void afterAFullSyncTheTotalsEqualTheStoredEventsAndCostNoRequest() {
        try (SimulatedAccount account = new SimulatedAccount(ConstantContactDataSet.small())) {
            account.sync();
            long before = account.apiRequests();

            ProviderTotalsRead read = account.source().totals(ids(account));

            assertThat(read.requests()).isZero();
            assertThat(account.apiRequests()).isEqualTo(before);
            assertThat(read.totals()).hasSize(ids(account).size());
            for (ProviderTotals totals : read.totals()) {
                assertThat(totals.counts()).as(totals.campaignId()).isEqualTo(stored(account, totals.campaignId()));
                assertThat(totals.sent())
                        .isEqualTo(totals.counts().get(EngagementType.SENT).value());
                assertThat(totals.refreshedAt()).isEqualTo(account.clock.instant());
            }
            assertThat(account.source().reports()).isEqualTo(ReportDefinition.SENDS_LESS_BOUNCES);
        }
    }

    @Test
    void withheldRowsShowAsTheExactGapUntilARepairReadsThem() {
        try (SimulatedAccount account = new SimulatedAccount(ConstantContactDataSet.small())) {
            String activity = account.sentActivities().get(0).id();
            account.sim.withhold(activity, ConstantContactSimReport.OPENS, 3);
            account.sim.withhold(activity, ConstantContactSimReport.CLICKS, 2);
            account.sync();

            Map<EngagementType, ProviderCount> provider = byCampaign(
                            account.source().totals(Set.of(activity)))
                    .get(activity)
                    .counts();
            Map<EngagementType, ProviderCount> stored = stored(account, activity);
            assertThat(provider.get(EngagementType.OPENED).value())
                    .isEqualTo(stored.get(EngagementType.OPENED).value() + 3);
            assertThat(provider.get(EngagementType.CLICKED).value())
                    .isEqualTo(stored.get(EngagementType.CLICKED).value() + 2);

            account.sim.release(activity, ConstantContactSimReport.OPENS);
            account.sim.release(activity, ConstantContactSimReport.CLICKS);
            account.clock.advance(Duration.ofMinutes(5));
            account.sync();
            assertThat(stored(account, activity))
                    .as("behind the scan's high-water minute")
                    .isEqualTo(stored);

            account.sync(new SyncAccountCommand(SimulatedAccount.ACCOUNT, null, null, activity));
            ProviderTotalsRead after = account.source().totals(Set.of(activity));
            assertThat(byCampaign(after).get(activity).counts()).isEqualTo(stored(account, activity));
        }
    }

    @Test
    void activitiesThisSyncDidNotDiscoverAreReadTenARequestAndUnknownOnesLeftOut() {
        try (SimulatedAccount account =
                new SimulatedAccount(ConstantContactDataSet.small().withCampaigns(12))) {
            account.sync();
            Set<String> ids = ids(account);
            assertThat(ids).hasSizeGreaterThan(10).hasSizeLessThanOrEqualTo(20);
            Map<String, ProviderTotals> fromDiscovery =
                    byCampaign(account.source().totals(ids));
            Set<String> asked = new HashSet<>(ids);
            asked.add("00000000-0000-0000-0000-000000000000");
            asked.add("1002");

            try (ConstantContactEngagementSource fresh = account.newSource()) {
                long before = account.apiRequests();
                ProviderTotalsRead read = fresh.totals(asked);

                // two stats requests, and the new source's first token refresh
                assertThat(read.requests()).isEqualTo(3);
                assertThat(account.apiRequests() - before).isEqualTo(2);
                assertThat(byCampaign(read)).isEqualTo(fromDiscovery);
            }
        }
    }

    @Test
    void aRestatedReportReadsLowerAndADroppedOneGivesNoFigure() {
        try (SimulatedAccount account = new SimulatedAccount(ConstantContactDataSet.small())) {
            account.sync();
            String activity = account.sentActivities().get(0).id();
            account.sim.restateStats(activity, ConstantContactSimReport.OPENS, 1);
            account.sim.dropStats(activity, ConstantContactSimReport.FORWARDS);
            account.sync();

            Map<EngagementType, ProviderCount> counts = byCampaign(
                            account.source().totals(Set.of(activity)))
                    .get(activity)
                    .counts();

            assertThat(counts.get(EngagementType.OPENED)).isEqualTo(ProviderCount.total(1));
            assertThat(counts).doesNotContainKeys(EngagementType.FORWARDED, EngagementType.COMPLAINED);
        }
    }

    @Test
    void aNegativeCountIsAMalformedAnswerNamingThePage() throws IOException {
        String activity = "4f0b8a5e-6a3c-4e1b-9d2f-0c1e2d3f4a5b";
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext(
                "/token",
                exchange -> answer(
                        exchange,
                        "{\"access_token\":\"at-1\","
                                + "\"token_type\":\"Bearer\",\"expires_in\":\"86400\",\"refresh_token\":\"rt-2\"}"));
        server.createContext(
                "/v3/",
                exchange -> answer(
                        exchange,
                        "{\"results\":[{\"campaign_activity_id\":\"" + activity
                                + "\",\"stats\":{\"em_sends\":5,\"em_opens_all\":-3}}],\"errors\":[]}"));
        server.start();
        String root = "http://127.0.0.1:" + server.getAddress().getPort();
        ConstantContactSettings settings = new ConstantContactSettings(
                SimulatedAccount.ACCOUNT,
                new ConstantContactApplication("client", "secret"),
                "rt-1",
                new ConstantContactEndpoints(URI.create(root + "/v3"), URI.create(root + "/token")),
                SimulatedAccount.FAST);
        try (ConstantContactEngagementSource source = ConstantContactEngagementSource.create(
                settings,
                new InMemoryCredentialStore(),
                new MutableClock(Instant.parse("2026-11-20T10:15:00Z")),
                SourceObserver.NONE,
                new ConstantContactBudgets(Duration.ofMillis(1)))) {
            assertThatThrownBy(() -> source.totals(Set.of(activity)))
                    .isInstanceOf(MalformedResponseException.class)
                    .hasMessageContaining("stats/email_campaign_activities")
                    .hasMessageContaining("em_opens_all")
                    .hasMessageNotContaining("at-1")
                    .hasMessageNotContaining("rt-");
        } finally {
            server.stop(0);
        }
    }

    private static void answer(com.sun.net.httpserver.HttpExchange exchange, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }
}
