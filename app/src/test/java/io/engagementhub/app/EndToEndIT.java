package io.engagementhub.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import io.engagementhub.app.demo.DemoMode;
import io.engagementhub.sandbox.Fault;
import io.engagementhub.sandbox.constantcontact.ConstantContactDataSet;
import io.engagementhub.sandbox.constantcontact.ConstantContactSimEvent;
import io.engagementhub.sandbox.constantcontact.ConstantContactSimulator;
import io.engagementhub.sandbox.copernica.CopernicaDataSet;
import io.engagementhub.sandbox.copernica.CopernicaSimulator;
import io.engagementhub.sandbox.copernica.SimulatedEvent;
import io.engagementhub.sandbox.copernica.SimulatedEventType;
import io.micronaut.http.HttpStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The whole service against both simulators: syncs through the API, then the events, statistics,
 * errors, security and operations endpoints, compared with the simulators' own data. The first
 * syncs of every account run once before the tests; no test depends on another having run, and the
 * one that erases works on an account of its own.
 */
class EndToEndIT extends ServiceOnSimulators {

    static final String API_TOKEN = "it-api-token-" + UUID.randomUUID();
    static final String BROKEN = "broken";
    static final String ERASING = "cop-erasing";

    static Map<String, Object> firstCopernicaSync;
    static Map<String, Object> firstConstantContactSync;
    static Map<String, Object> brokenSync;

    static LogCapture logs;

    @BeforeAll
    static void start() {
        logs = new LogCapture(Level.DEBUG);
        Instant now = Instant.now();
        copernica = CopernicaSimulator.start(
                new CopernicaDataSet(1_500, 3, now.minus(Duration.ofDays(10)), now.minus(Duration.ofHours(2)), 11L));
        constantContact = ConstantContactSimulator.start(ConstantContactDataSet.small(), Clock.systemUTC());
        Map<String, Object> properties =
                ServiceProperties.of(API_TOKEN, "jdbc:h2:mem:e2e-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        ServiceProperties.copernicaAccount(properties, COPERNICA, copernica);
        ServiceProperties.copernicaAccount(properties, ERASING, copernica);
        ServiceProperties.copernicaAccount(properties, BROKEN, copernica, "not-the-token");
        properties.putAll(DemoMode.constantContactAccount(CONSTANT_CONTACT, constantContact));
        runService(API_TOKEN, properties);
        firstCopernicaSync = syncToTheEnd(COPERNICA);
        firstConstantContactSync = syncToTheEnd(CONSTANT_CONTACT);
        brokenSync = syncToTheEnd(BROKEN);
    }

    @AfterAll
    static void stop() {
        try {
            stopService();
        } finally {
            logs.close();
        }
    }

    private static Map<String, Object> syncToTheEnd(String account) {
        ApiClient.Response started = api.post("/api/v1/accounts/" + account + "/syncs");
        assertThat(started.status()).isEqualTo(HttpStatus.ACCEPTED.getCode());
        String location = started.location();
        assertThat(location).isEqualTo("/api/v1/syncs/" + started.json().get("id"));
        return awaitFinished(location);
    }

    private static Map<String, Object> awaitFinished(String location) {
        return api.awaitFinished(location, Duration.ofSeconds(120));
    }

    static String copernicaType(SimulatedEventType type) {
        return switch (type) {
            case CLICKS -> "CLICKED";
            case IMPRESSIONS -> "OPENED";
            case DELIVERIES -> "DELIVERED";
            case ERRORS -> "BOUNCED";
            case UNSUBSCRIBES -> "UNSUBSCRIBED";
            case ABUSES -> "COMPLAINED";
        };
    }

    static String constantContactType(ConstantContactSimEvent event) {
        return switch (event.report()) {
            case SENDS -> "SENT";
            case OPENS -> "OPENED";
            case CLICKS -> "CLICKED";
            case BOUNCES -> "V".equals(event.bounceCode()) ? "DELIVERED" : "BOUNCED";
            case OPTOUTS -> "UNSUBSCRIBED";
            case FORWARDS -> "FORWARDED";
        };
    }

    @Test
    void bothAccountsSyncThroughTheApi() {
        Map<String, Object> cop = firstCopernicaSync;
        Map<String, Object> cc = firstConstantContactSync;

        assertThat(cop.get("status")).as(cop.toString()).isEqualTo("SUCCEEDED");
        assertThat(cc.get("status")).as(cc.toString()).isEqualTo("SUCCEEDED");
        assertThat(((Number) cop.get("eventsStored")).longValue())
                .isEqualTo(copernica.events().size());
        assertThat(((Number) cc.get("eventsStored")).longValue())
                .isEqualTo(constantContact.events().size());
    }

    @Test
    void theEventsApiPagesThroughExactlyTheCopernicaSimulatorsEvents() {
        Set<String> expected = copernica.events().stream()
                .map(e -> "copernica:" + e.product().path() + ":" + e.type().path() + ":" + e.id())
                .collect(Collectors.toSet());

        List<Map<String, Object>> events = api.allEvents("account=" + COPERNICA);

        assertThat(events).hasSize(expected.size());
        assertThat(events.stream().map(e -> (String) e.get("id")).collect(Collectors.toSet()))
                .isEqualTo(expected);
        assertThat(events).allSatisfy(e -> assertThat(e.get("provider")).isEqualTo("COPERNICA"));
    }

    @Test
    void theEventsApiHasEveryConstantContactEventByActivityAndType() {
        Map<String, Long> expected = constantContact.events().stream()
                .collect(Collectors.groupingBy(
                        e -> e.activityId() + "/" + constantContactType(e), TreeMap::new, Collectors.counting()));

        Map<String, Long> actual = api.allEvents("account=" + CONSTANT_CONTACT).stream()
                .collect(Collectors.groupingBy(
                        e -> e.get("campaignId") + "/" + e.get("type"), TreeMap::new, Collectors.counting()));

        assertThat(actual).isEqualTo(expected);
    }

    @Test
    @SuppressWarnings("unchecked")
    void campaignStatisticsAgreeWithTheSimulatorsData() {
        Map<String, List<SimulatedEvent>> byEmailing =
                copernica.events().stream().collect(Collectors.groupingBy(SimulatedEvent::emailing));
        assertThat(byEmailing).isNotEmpty();
        byEmailing.forEach((emailing, events) -> {
            Map<String, Object> stats = api.get("/api/v1/accounts/" + COPERNICA + "/campaigns/" + emailing + "/stats")
                    .json();
            assertThat(number(stats, "delivered")).isEqualTo(count(events, SimulatedEventType.DELIVERIES));
            assertThat(number(stats, "bounced")).isEqualTo(count(events, SimulatedEventType.ERRORS));
            assertThat(number(stats, "unsubscribed")).isEqualTo(count(events, SimulatedEventType.UNSUBSCRIBES));
            assertThat(number(stats, "complained")).isEqualTo(count(events, SimulatedEventType.ABUSES));
            Map<String, Object> opened = (Map<String, Object>) stats.get("opened");
            assertThat(number(opened, "total")).isEqualTo(count(events, SimulatedEventType.IMPRESSIONS));
            assertThat(number(opened, "unique"))
                    .isEqualTo(distinctDestinations(events, SimulatedEventType.IMPRESSIONS));
            Map<String, Object> clicked = (Map<String, Object>) stats.get("clicked");
            assertThat(number(clicked, "total")).isEqualTo(count(events, SimulatedEventType.CLICKS));
            assertThat(number(clicked, "unique")).isEqualTo(distinctDestinations(events, SimulatedEventType.CLICKS));
        });
    }

    private static long number(Map<String, Object> map, String key) {
        return ((Number) map.get(key)).longValue();
    }

    static long count(List<SimulatedEvent> events, SimulatedEventType type) {
        return events.stream().filter(e -> e.type() == type).count();
    }

    static long distinctDestinations(List<SimulatedEvent> events, SimulatedEventType type) {
        return events.stream()
                .filter(e -> e.type() == type)
                .map(SimulatedEvent::destination)
                .distinct()
                .count();
    }

    @Test
    void everyEventCanBeExportedAsNdjsonOrCsvInOneResponse() {
        long stored = copernica.events().size();

        ApiClient.Response ndjson =
                api.get("/api/v1/events?account=" + COPERNICA, Map.of("Accept", "application/x-ndjson"));
        ApiClient.Response csv =
                api.get("/api/v1/events?account=" + COPERNICA + "&type=CLICKED", Map.of("Accept", "text/csv"));

        assertThat(ndjson.status()).isEqualTo(200);
        assertThat(ndjson.contentType()).startsWith("application/x-ndjson");
        List<String> lines = ndjson.body().lines().toList();
        assertThat(lines).hasSize((int) stored).allSatisfy(line -> assertThat(line)
                .startsWith("{\"id\":\"copernica:"));
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        long clicks = copernica.events().stream()
                .filter(e -> e.type() == SimulatedEventType.CLICKS)
                .count();
        assertThat(csv.body().split("\r\n")).hasSize((int) clicks + 1);
        assertThat(csv.body()).startsWith("id,account,provider,");
        assertProblem(
                api.get("/api/v1/events?account=nobody", Map.of("Accept", "text/csv")),
                HttpStatus.NOT_FOUND,
                "'nobody'");
    }

    @Test
    void aSecondSyncAddsNothing() {
        assertThat(number(syncToTheEnd(COPERNICA), "eventsStored")).isZero();
        assertThat(number(syncToTheEnd(CONSTANT_CONTACT), "eventsStored")).isZero();
    }

    @Test
    void aBadTokenGivesAFailedRunThatNamesTheAccount() {
        Map<String, Object> run = brokenSync;

        assertThat(run.get("status")).isEqualTo("FAILED");
        assertThat((String) run.get("message")).contains("'" + BROKEN + "'");
        assertThat(api.getList("/api/v1/accounts"))
                .filteredOn(a -> BROKEN.equals(a.get("name")))
                .singleElement()
                .satisfies(a -> assertThat(a.toString()).contains("FAILED").doesNotContain("not-the-token"));
    }

    @Test
    void aSecondSyncWhileOneRunsIsAConflictShowingTheRunningRun() {
        copernica.server().slowDown(Duration.ofSeconds(2));
        copernica.server().injectFaults(Fault.SLOW);
        ApiClient.Response first = api.post("/api/v1/accounts/" + COPERNICA + "/syncs");

        ApiClient.Response second = api.post("/api/v1/accounts/" + COPERNICA + "/syncs");

        assertThat(second.status()).isEqualTo(HttpStatus.CONFLICT.getCode());
        assertThat(second.contentType()).isEqualTo("application/problem+json");
        assertThat(second.json().get("run"))
                .asString()
                .contains(first.json().get("id").toString());
        awaitFinished(first.location());
    }

    @Test
    void everyApiErrorIsProblemJsonWithTheRightStatus() {
        assertProblem(api.get("/api/v1/accounts/nobody/syncs"), HttpStatus.NOT_FOUND, "'nobody'");
        assertProblem(api.post("/api/v1/accounts/nobody/syncs"), HttpStatus.NOT_FOUND, "'nobody'");
        assertProblem(api.get("/api/v1/accounts/nobody/campaigns/1/stats"), HttpStatus.NOT_FOUND, "'nobody'");
        assertProblem(api.get("/api/v1/events?account=nobody"), HttpStatus.NOT_FOUND, "'nobody'");
        assertProblem(api.get("/api/v1/events?from=yesterday"), HttpStatus.BAD_REQUEST, "'from'");
        assertProblem(api.get("/api/v1/events?to=2026-13-01T00:00:00Z"), HttpStatus.BAD_REQUEST, "'to'");
        assertProblem(api.get("/api/v1/events?type=PURCHASED"), HttpStatus.BAD_REQUEST, "'type'");
        assertProblem(api.get("/api/v1/events?limit=0"), HttpStatus.BAD_REQUEST, "'limit'");
        assertProblem(api.get("/api/v1/events?limit=1001"), HttpStatus.BAD_REQUEST, "'limit'");
        assertProblem(api.get("/api/v1/events?limit=ten"), HttpStatus.BAD_REQUEST, "'limit'");
        assertProblem(api.get("/api/v1/events?cursor=forged"), HttpStatus.BAD_REQUEST, "'cursor'");
        assertProblem(api.delete("/api/v1/accounts/" + COPERNICA + "/recipients"), HttpStatus.BAD_REQUEST, "'email'");
        assertProblem(api.get("/api/v1/syncs/no-such-run"), HttpStatus.NOT_FOUND, "no-such-run");
        assertProblem(api.get("/api/v1/no-such-path"), HttpStatus.NOT_FOUND, "");
    }

    private static void assertProblem(ApiClient.Response response, HttpStatus status, String detail) {
        assertThat(response.status()).isEqualTo(status.getCode());
        assertThat(response.contentType()).isEqualTo("application/problem+json");
        Map<String, Object> body = response.json();
        assertThat(number(body, "status")).isEqualTo(status.getCode());
        assertThat((String) body.get("detail")).contains(detail);
    }

    @Test
    void theApiNeedsAConfiguredBearerTokenButHealthStaysOpen() {
        try (ApiClient anonymous = new ApiClient(server.getURL(), null);
                ApiClient wrong = new ApiClient(server.getURL(), "wrong-token")) {
            assertProblem(anonymous.get("/api/v1/accounts"), HttpStatus.UNAUTHORIZED, "Bearer");
            assertProblem(wrong.get("/api/v1/events"), HttpStatus.UNAUTHORIZED, "Bearer");
            assertThat(anonymous.get("/health").status()).isEqualTo(HttpStatus.OK.getCode());
        }
    }

    @Test
    void erasureRemovesEveryEventOfOneRecipient() {
        syncToTheEnd(ERASING);
        String destination = copernica.events().get(0).destination();
        long expected = copernica.events().stream()
                .filter(e -> e.destination().equals(destination))
                .count();

        ApiClient.Response erased = api.delete("/api/v1/accounts/" + ERASING + "/recipients?recipient=" + destination);

        assertThat(number(erased.json(), "removed")).isEqualTo(expected);
        assertThat(api.allEvents("account=" + ERASING + "&recipient=" + destination))
                .isEmpty();
        assertThat(api.allEvents("account=" + COPERNICA + "&recipient=" + destination))
                .as("another account's events stay")
                .isNotEmpty();
    }

    @Test
    void theOpenApiDocumentListsEveryEndpoint() {
        String document = api.getText("/swagger/engagement-hub-0.1.yml");

        assertThat(document)
                .contains(
                        "/api/v1/accounts:",
                        "/api/v1/accounts/{account}/syncs:",
                        "/api/v1/accounts/{account}/campaigns/{campaignId}/stats:",
                        "/api/v1/accounts/{account}/recipients:",
                        "/api/v1/events:",
                        "/api/v1/syncs/{id}:");
    }

    @Test
    void healthAndMetricsReportTheSyncs() {
        String health = api.getText("/health");
        String metrics = api.getText("/prometheus");

        assertThat(health).contains("\"" + BROKEN + "\"", "lastSyncFailed");
        assertThat(metrics)
                .contains(
                        "engagement_events_stored_total",
                        "engagement_sync_duration_seconds",
                        "engagement_provider_requests_total");
    }

    @Test
    void noSecretAppearsInAnyLogLineAtDebug() {
        Set<String> secrets = new HashSet<>(List.of(
                copernica.accessToken(),
                constantContact.clientSecret(),
                constantContact.initialRefreshToken(),
                constantContact.currentRefreshToken(),
                API_TOKEN,
                "it-credential-key-of-at-least-32-characters"));

        String everything = logs.text();

        assertThat(logs.size()).isGreaterThan(100);
        secrets.forEach(secret -> assertThat(everything).doesNotContain(secret));
        assertThat(logs.linesContaining("sync ").stream().filter(l -> l.contains("account=" + COPERNICA)))
                .isNotEmpty();
    }
}
