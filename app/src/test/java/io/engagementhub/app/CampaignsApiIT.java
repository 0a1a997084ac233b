package io.engagementhub.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.engagementhub.app.demo.DemoMode;
import io.engagementhub.sandbox.constantcontact.ConstantContactDataSet;
import io.engagementhub.sandbox.constantcontact.ConstantContactSimCampaign;
import io.engagementhub.sandbox.constantcontact.ConstantContactSimulator;
import io.engagementhub.sandbox.copernica.CopernicaDataSet;
import io.engagementhub.sandbox.copernica.CopernicaSimulator;
import io.engagementhub.sandbox.copernica.SimulatedEvent;
import io.engagementhub.sandbox.copernica.SimulatedEventType;
import io.micronaut.http.HttpStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Campaign details and targeted re-reads through the API, against both simulators: the campaign
 * listing (order, paging, figures, 400s and 404), names in statistics and events, and targeted
 * syncs (only the target's events stored, nothing twice, bad bodies refused naming the field).
 * Each targeted test works on an account of its own.
 */
class CampaignsApiIT extends ServiceOnSimulators {

    static final String TOKEN = "it-api-token-" + UUID.randomUUID();
    static final String RANGE = "cop-range";
    static final String CAMPAIGN = "cop-campaign";

    static Instant now;

    @BeforeAll
    static void start() {
        now = Instant.now();
        copernica = CopernicaSimulator.start(
                new CopernicaDataSet(1_200, 3, now.minus(Duration.ofDays(10)), now.minus(Duration.ofHours(2)), 5L));
        constantContact = ConstantContactSimulator.start(ConstantContactDataSet.small(), Clock.systemUTC());
        Map<String, Object> properties = ServiceProperties.of(
                TOKEN,
                "jdbc:h2:mem:campaigns-" + UUID.randomUUID()
                        + ";DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
        for (String name : List.of(COPERNICA, RANGE, CAMPAIGN)) {
            ServiceProperties.copernicaAccount(properties, name, copernica);
        }
        properties.putAll(DemoMode.constantContactAccount(CONSTANT_CONTACT, constantContact));
        runService(TOKEN, properties);
        assertThat(sync(COPERNICA, null).get("status")).isEqualTo("SUCCEEDED");
        assertThat(sync(CONSTANT_CONTACT, null).get("status")).isEqualTo("SUCCEEDED");
    }

    @AfterAll
    static void stop() {
        stopService();
    }

    /** Starts a sync (with {@code body}, if any) and waits for its end. */
    private static Map<String, Object> sync(String account, String body) {
        String path = "/api/v1/accounts/" + account + "/syncs";
        ApiClient.Response started = body == null ? api.post(path) : api.post(path, body);
        assertThat(started.status()).as(started.body()).isEqualTo(HttpStatus.ACCEPTED.getCode());
        return api.awaitFinished(started.location());
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> campaigns(String account, int pageSize) {
        List<Map<String, Object>> all = new ArrayList<>();
        String path = "/api/v1/accounts/" + account + "/campaigns?limit=" + pageSize;
        for (int pages = 0; pages < 100; pages++) {
            Map<String, Object> page = api.get(path).json();
            all.addAll((List<Map<String, Object>>) page.get("items"));
            if (page.get("next") == null) {
                return all;
            }
            path = "/api/v1/accounts/" + account + "/campaigns?limit=" + pageSize + "&cursor=" + page.get("next");
        }
        throw new AssertionError("listing did not end");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> detailRates(Map<String, Object> campaign, String query) {
        return (Map<String, Object>)
                api.get("/api/v1/accounts/" + COPERNICA + "/campaigns/" + campaign.get("campaignId") + "/stats" + query)
                        .json()
                        .get("rates");
    }

    private static long number(Map<String, Object> map, String key) {
        return ((Number) map.get(key)).longValue();
    }

    private static Set<String> copernicaIds(Predicate<SimulatedEvent> which) {
        return copernica.events().stream()
                .filter(which)
                .map(e -> "copernica:" + e.product().path() + ":" + e.type().path() + ":" + e.id())
                .collect(Collectors.toSet());
    }

    private static Set<String> storedIds(String account) {
        return api.allEvents("account=" + account).stream()
                .map(e -> (String) e.get("id"))
                .collect(Collectors.toSet());
    }

    private static void assertProblem(ApiClient.Response response, HttpStatus status, String detail) {
        assertThat(response.status()).as(response.body()).isEqualTo(status.getCode());
        assertThat(response.contentType()).isEqualTo("application/problem+json");
        assertThat((String) response.json().get("detail")).contains(detail);
    }

    @Test
    void theListingShowsEveryEmailingNewestSentFirstWithFiguresFromTheStatistics() {
        List<Map<String, Object>> listed = campaigns(COPERNICA, 500);

        // three emailings per product, an hour apart; equal send times are ordered by id
        assertThat(listed)
                .extracting(c -> c.get("campaignId"))
                .containsExactly("1002", "5002", "1001", "5001", "1000", "5000");
        Map<String, Object> publisher = listed.get(1);
        assertThat(publisher.get("name")).isEqualTo("Weekly digest 3");
        assertThat(publisher.get("subject")).isEqualTo("Newsletter 3");
        assertThat(number(publisher, "recipients")).isEqualTo(27);
        assertThat(listed.get(0).get("name")).isNull();
        for (Map<String, Object> campaign : listed) {
            List<SimulatedEvent> events = copernica.events().stream()
                    .filter(e -> e.emailing().equals(campaign.get("campaignId")))
                    .toList();
            Map<String, Object> check = api.get("/api/v1/accounts/" + COPERNICA + "/campaigns/"
                            + campaign.get("campaignId") + "/reconciliation")
                    .json();
            assertThat(number(campaign, "sent"))
                    .as("the emailing statistics' destinations")
                    .isEqualTo(number(check, "sent"));
            long deliveries = EndToEndIT.count(events, SimulatedEventType.DELIVERIES);
            if (campaign.get("delivered") == null) {
                assertThat(deliveries).as("Publisher gives no deliveries").isZero();
            } else {
                assertThat(number(campaign, "delivered")).isEqualTo(deliveries);
            }
            assertThat(number(campaign, "bounced")).isEqualTo(EndToEndIT.count(events, SimulatedEventType.ERRORS));
            assertThat(number(campaign, "unsubscribed"))
                    .isEqualTo(EndToEndIT.count(events, SimulatedEventType.UNSUBSCRIBES));
            assertThat(number(campaign, "uniqueOpens"))
                    .isEqualTo(EndToEndIT.distinctDestinations(events, SimulatedEventType.IMPRESSIONS));
            assertThat(number(campaign, "uniqueClicks"))
                    .isEqualTo(EndToEndIT.distinctDestinations(events, SimulatedEventType.CLICKS));
            Map<String, Object> rates = detailRates(campaign, "");
            assertThat(campaign.get("rates"))
                    .as("the rates of the campaign's page")
                    .isEqualTo(rates);
            assertThat(campaign.get("allRates")).isEqualTo(detailRates(campaign, "?include=machine"));
            if (campaign.get("delivered") != null && number(campaign, "delivered") > 0) {
                assertThat(((Number) ((Map<?, ?>) campaign.get("allRates")).get("open")).doubleValue())
                        .isEqualTo((double) number(campaign, "uniqueOpens") / number(campaign, "delivered"));
            }
        }
    }

    @Test
    void keysetPagesOfOneGiveTheSameListing() {
        assertThat(campaigns(COPERNICA, 1)).isEqualTo(campaigns(COPERNICA, 500));
        assertThat(campaigns(CONSTANT_CONTACT, 2)).isEqualTo(campaigns(CONSTANT_CONTACT, 500));
    }

    @Test
    void constantContactActivitiesAreListedWithTheirCampaignsNameAndSends() {
        List<Map<String, Object>> listed = campaigns(CONSTANT_CONTACT, 500);
        Map<String, String> nameOfActivity = new HashMap<>();
        for (ConstantContactSimCampaign campaign : constantContact.campaigns()) {
            campaign.activities().forEach(a -> nameOfActivity.put(a.id(), campaign.name()));
        }

        assertThat(listed).isNotEmpty().allSatisfy(c -> {
            assertThat(c.get("name")).isEqualTo(nameOfActivity.get((String) c.get("campaignId")));
            assertThat(c.get("sentAt")).isNotNull();
            assertThat(number(c, "recipients")).isEqualTo(number(c, "sent"));
        });
        List<Instant> sent = listed.stream()
                .map(c -> Instant.parse((String) c.get("sentAt")))
                .toList();
        assertThat(sent).isSortedAccordingTo((a, b) -> b.compareTo(a));
    }

    @Test
    void badListingParametersAre400sNamingThemAndAnUnknownAccountIs404() {
        String path = "/api/v1/accounts/" + COPERNICA + "/campaigns";
        assertProblem(api.get(path + "?limit=0"), HttpStatus.BAD_REQUEST, "'limit'");
        assertProblem(api.get(path + "?limit=501"), HttpStatus.BAD_REQUEST, "'limit'");
        assertProblem(api.get(path + "?limit=ten"), HttpStatus.BAD_REQUEST, "'limit'");
        assertProblem(api.get(path + "?cursor=forged"), HttpStatus.BAD_REQUEST, "'cursor'");
        assertProblem(api.get("/api/v1/accounts/nobody/campaigns"), HttpStatus.NOT_FOUND, "'nobody'");
    }

    @Test
    void statisticsAndEventsNameTheirCampaign() {
        Map<String, Object> stats = api.get("/api/v1/accounts/" + COPERNICA + "/campaigns/5001/stats")
                .json();
        List<Map<String, Object>> events = api.allEvents("account=" + COPERNICA + "&campaign=1000");
        List<Map<String, Object>> publisherEvents = api.allEvents("account=" + COPERNICA + "&campaign=5000");

        assertThat(stats.get("name")).isEqualTo("Weekly digest 2");
        assertThat(stats.get("subject")).isEqualTo("Newsletter 2");
        assertThat(Instant.parse((String) stats.get("sentAt"))).isBefore(now);
        assertThat(events).isNotEmpty().allSatisfy(e -> assertThat(e.get("campaignName"))
                .as("Marketing Suite gives no name: the subject")
                .isEqualTo("Newsletter 1"));
        assertThat(publisherEvents).isNotEmpty().allSatisfy(e -> assertThat(e.get("campaignName"))
                .isEqualTo("Weekly digest 1"));
        assertThat(api.get(
                                "/api/v1/events?account=" + COPERNICA + "&campaign=1000",
                                Map.of("Accept", "application/x-ndjson"))
                        .body())
                .contains("\"campaignName\":\"Newsletter 1\"");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aRangeReReadStoresOnlyTheRangesEventsAndNothingTwice() {
        Instant from = now.minus(Duration.ofDays(6));
        Instant to = now.minus(Duration.ofDays(3));
        String body = "{\"from\":\"" + from + "\",\"to\":\"" + to + "\"}";

        Map<String, Object> ranged = sync(RANGE, body);

        Set<String> expected = copernicaIds(e -> {
            Instant at = e.timestamp().atZone(copernica.zone()).toInstant();
            return !at.isBefore(from) && at.isBefore(to);
        });
        assertThat(ranged.get("status")).as(ranged.toString()).isEqualTo("SUCCEEDED");
        assertThat(storedIds(RANGE)).isNotEmpty().isEqualTo(expected);
        Map<String, Object> target = (Map<String, Object>) ranged.get("target");
        assertThat(Instant.parse((String) target.get("from"))).isEqualTo(from.truncatedTo(ChronoUnit.MICROS));
        assertThat(Instant.parse((String) target.get("to"))).isEqualTo(to.truncatedTo(ChronoUnit.MICROS));
        assertThat(target.get("campaign")).isNull();

        Map<String, Object> regular = sync(RANGE, null);
        assertThat(number(regular, "eventsStored")).isEqualTo(copernica.events().size() - expected.size());
        Map<String, Object> again = sync(RANGE, body);
        assertThat(number(again, "eventsStored")).isZero();
        assertThat(number(again, "eventsRead")).isGreaterThanOrEqualTo(expected.size());
        assertThat(number(sync(RANGE, null), "eventsRead"))
                .as("the regular checkpoints did not move back: a re-sync reads nothing old again")
                .isEqualTo(number(sync(RANGE, null), "eventsRead"));
        assertThat(storedIds(RANGE)).hasSize(copernica.events().size());
    }

    @Test
    void aCampaignReReadStoresOnlyThatCampaignsEvents() {
        Map<String, Object> run = sync(CAMPAIGN, "{\"campaign\":\"1001\"}");

        assertThat(run.get("status")).as(run.toString()).isEqualTo("SUCCEEDED");
        assertThat(run.get("target").toString()).isEqualTo("{from=null, to=null, campaign=1001, repair=false}");
        assertThat(storedIds(CAMPAIGN)).isNotEmpty().isEqualTo(copernicaIds(e -> e.emailing()
                .equals("1001")));
    }

    static Stream<Arguments> badSyncBodies() {
        return Stream.of(
                Arguments.of(COPERNICA, "{\"from\":\"yesterday\"}", "from"),
                Arguments.of(COPERNICA, "{\"from\":\"2026-03-02T00:00:00Z\",\"to\":\"2026-03-01T00:00:00Z\"}", "to"),
                Arguments.of(COPERNICA, "{\"to\":\"2026-02-30T00:00:00Z\"}", "to"),
                Arguments.of(COPERNICA, "{\"campaign\":\"abc\"}", "campaign"),
                Arguments.of(COPERNICA, "{\"campaign\":1001}", "campaign"),
                Arguments.of(CONSTANT_CONTACT, "{\"campaign\":\"1001\"}", "campaign"),
                Arguments.of(COPERNICA, "{\"since\":\"2026-03-01T00:00:00Z\"}", "since"),
                Arguments.of(COPERNICA, "[1]", "body"),
                Arguments.of(COPERNICA, "{not json", "body"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("badSyncBodies")
    void aBadSyncBodyIsA400NamingTheFieldAndStartsNoSync(String account, String body, String field) {
        assertProblem(
                api.post("/api/v1/accounts/" + account + "/syncs", body),
                HttpStatus.BAD_REQUEST,
                "field '" + field + "'");
        assertThat(api.get("/api/v1/accounts/" + COPERNICA + "/syncs?limit=1").body())
                .doesNotContain("RUNNING");
    }

    @Test
    void aSyncBodyForAnUnknownAccountIsA404NamingIt() {
        assertProblem(
                api.post("/api/v1/accounts/nobody/syncs", "{\"campaign\":\"1001\"}"), HttpStatus.NOT_FOUND, "'nobody'");
    }

    @Test
    void theOpenApiDocumentDescribesTheCampaignsAndTheSyncBody() {
        String document = api.getText("/swagger/engagement-hub-0.1.yml");

        assertThat(document)
                .contains(
                        "/api/v1/accounts/{account}/campaigns:",
                        "/api/v1/accounts/{account}/campaigns/{campaignId}/stats:")
                .contains("SyncRequest:", "CampaignsPageView:", "CampaignView:");
    }
}
