package io.engagementhub.app;

import static io.engagementhub.app.Waiting.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import io.engagementhub.sandbox.Fault;
import io.engagementhub.sandbox.copernica.CopernicaDataSet;
import io.engagementhub.sandbox.copernica.CopernicaSimulator;
import io.engagementhub.sandbox.copernica.SimulatedEvent;
import io.engagementhub.sandbox.copernica.SimulatedProduct;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The service as an attacker or a careless user meets it, on the database a subclass gives: no
 * secret in health, management endpoints closed, erasure that survives re-syncs, a 400 (never a
 * 500) for bad input, figures of a running sync. Every test sets up what it needs.
 */
abstract class HardeningBehaviour {

    static final String TOKEN = "hardening-token-" + UUID.randomUUID();
    static final String DB_SECRET = "db-secret-" + UUID.randomUUID();

    static CopernicaSimulator recent;
    static CopernicaSimulator slow;
    static EmbeddedServer server;
    static ApiClient api;

    /** Starts the service on the database these {@code datasources.default} keys describe. */
    static void startService(String databaseUrl, String user, String password) {
        Instant now = Instant.now();
        // Events of the last minutes: every one is inside the overlap the next sync re-reads.
        recent = CopernicaSimulator.start(
                new CopernicaDataSet(400, 2, now.minus(Duration.ofMinutes(9)), now.minus(Duration.ofMinutes(3)), 5L));
        slow = CopernicaSimulator.start(
                new CopernicaDataSet(3_000, 2, now.minus(Duration.ofDays(3)), now.minus(Duration.ofHours(1)), 6L));
        slow.server().slowDown(Duration.ofMillis(150));
        slow.server().injectFaults(Collections.nCopies(10_000, Fault.SLOW).toArray(Fault[]::new));
        Map<String, Object> properties = ServiceProperties.of(TOKEN, databaseUrl);
        properties.put("datasources.default.username", user);
        properties.put("datasources.default.password", password);
        for (String account : List.of("acme", "erase")) {
            ServiceProperties.copernicaAccount(properties, account, recent);
        }
        for (String account : List.of("race", "watched")) {
            ServiceProperties.copernicaAccount(properties, account, slow);
        }
        server = ApplicationContext.run(EmbeddedServer.class, properties);
        api = new ApiClient(server.getURL(), TOKEN);
    }

    @AfterAll
    static void stopService() {
        if (server != null) {
            server.getApplicationContext().close();
        }
        if (recent != null) {
            recent.close();
        }
        if (slow != null) {
            slow.close();
        }
    }

    static Map<String, Object> syncToTheEnd(String account) {
        ApiClient.Response started = api.post("/api/v1/accounts/" + account + "/syncs");
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        return api.awaitFinished(started.location());
    }

    static long number(Map<String, Object> map, String key) {
        return ((Number) map.get(key)).longValue();
    }

    static void assertProblem(ApiClient.Response response, int status, String detail) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).isEqualTo("application/problem+json");
        assertThat((String) response.json().get("detail")).contains(detail);
    }

    @Test
    void anonymousHealthShowsTheStatusOnlyAndNoCallerSeesADatabaseSecret() {
        try (ApiClient anonymous = new ApiClient(server.getURL(), null)) {
            ApiClient.Response open = anonymous.get("/health");

            assertThat(open.status()).isEqualTo(200);
            assertThat(open.json().get("status")).isEqualTo("UP");
            assertThat(open.json().get("details")).isNull();
            assertThat(open.body()).doesNotContain("jdbc", "database", DB_SECRET);
        }
        ApiClient.Response detailed = api.get("/health");

        assertThat(detailed.body())
                .contains("\"database\"", "\"accounts\"")
                .doesNotContain(DB_SECRET)
                .doesNotContainIgnoringCase("password");
    }

    @Test
    void managementEndpointsOtherThanHealthAndPrometheusAreClosedEvenToAdmittedCallers() {
        for (String path : List.of("/beans", "/routes", "/threaddump", "/env", "/loggers", "/info", "/caches")) {
            assertThat(api.get(path).status()).as(path).isEqualTo(404);
        }
        for (String path : List.of("/refresh", "/stop")) {
            assertThat(api.post(path).status()).as(path).isIn(404, 405);
        }
        try (ApiClient anonymous = new ApiClient(server.getURL(), null)) {
            assertThat(anonymous.get("/prometheus").status()).isEqualTo(200);
            assertThat(anonymous.get("/api/v1/accounts").status()).isEqualTo(401);
        }
    }

    @Test
    void theBearerSchemeIsAcceptedInAnyCase() {
        for (String scheme : List.of("bearer", "BEARER", "Bearer", "bEaReR")) {
            ApiClient.Response response = api.get("/api/v1/accounts", Map.of("Authorization", scheme + " " + TOKEN));
            assertThat(response.status()).as(scheme).isEqualTo(200);
        }
        assertThat(api.get("/api/v1/accounts", Map.of("Authorization", "bearer " + TOKEN.toUpperCase()))
                        .status())
                .isEqualTo(401);
    }

    @Test
    void theOpenApiDocumentDeclaresTheBearerScheme() {
        String document = api.getText("/swagger/engagement-hub-0.1.yml");

        assertThat(document).contains("securitySchemes:", "bearer:", "type: http", "scheme: bearer");
    }

    @Test
    void controlCharactersInAnyQueryOrPathValueAreA400NamingTheParameter() {
        assertProblem(api.get("/api/v1/events?email=%00"), 400, "'email'");
        assertProblem(api.get("/api/v1/events?account=%00"), 400, "'account'");
        assertProblem(api.get("/api/v1/events?recipient=%00"), 400, "'recipient'");
        assertProblem(api.get("/api/v1/events?campaign=a%0Ab"), 400, "'campaign'");
        assertProblem(api.get("/api/v1/events?type=%0D%0AOPENED"), 400, "'type'");
        assertProblem(api.get("/api/v1/accounts/acme%00/syncs"), 400, "'account'");
        assertProblem(api.delete("/api/v1/accounts/acme/recipients?email=%00"), 400, "'email'");
        assertProblem(api.get("/api/v1/accounts/acme/campaigns/1%002/stats"), 400, "'campaignId'");
        assertProblem(api.get("/api/v1/syncs/%20"), 400, "'id'");
        assertProblem(api.get("/api/v1/accounts/acme/campaigns/%20/stats"), 400, "'campaignId'");
        assertThat(api.get("/api/v1/events?email=%00").body()).doesNotContain("\\u0000");
    }

    /**
     * Every route, with each of its path values blank (an ASCII space, an em space, a no-break
     * space, a zero-width space) and each of its single-valued query parameters given twice: a 400
     * naming the parameter, never a 500, and nothing erased or synced.
     */
    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("ambiguousRequests")
    void everyAmbiguousRequestIsA400NamingWhatIsWrong(String method, String path, String named) {
        long before = countEvents("account=acme");
        ApiClient.Response response =
                switch (method) {
                    case "POST" -> api.post(path, "{}");
                    case "DELETE" -> api.delete(path);
                    default -> api.get(path);
                };

        assertProblem(response, 400, "'" + named + "'");
        assertThat(countEvents("account=acme")).isEqualTo(before);
    }

    static Stream<Arguments> ambiguousRequests() {
        List<String[]> routes = List.of(
                new String[] {"GET", "/api/v1/accounts/{account}/syncs", "limit=5"},
                new String[] {"POST", "/api/v1/accounts/{account}/syncs", ""},
                new String[] {"DELETE", "/api/v1/accounts/{account}/recipients", "email=a@example.com"},
                new String[] {"DELETE", "/api/v1/accounts/{account}/recipients", "recipient=1"},
                new String[] {"GET", "/api/v1/accounts/{account}/campaigns", "limit=5"},
                new String[] {"GET", "/api/v1/accounts/{account}/campaigns", "cursor=x"},
                new String[] {"GET", "/api/v1/accounts/{account}/campaigns/{campaignId}/stats", "include=machine"},
                new String[] {"GET", "/api/v1/accounts/{account}/campaigns/{campaignId}/timeline", "bucket=day"},
                new String[] {
                    "GET", "/api/v1/accounts/{account}/campaigns/{campaignId}/timeline", "from=2026-01-01T00:00:00Z"
                },
                new String[] {
                    "GET", "/api/v1/accounts/{account}/campaigns/{campaignId}/timeline", "to=2026-01-01T00:00:00Z"
                },
                new String[] {"GET", "/api/v1/syncs/{id}", ""});
        List<Arguments> requests = new ArrayList<>();
        for (String[] route : routes) {
            String method = route[0];
            String template = route[1];
            for (String variable : List.of("account", "campaignId", "id")) {
                if (template.contains("{" + variable + "}")) {
                    for (String blank : List.of("%20", "%E2%80%83", "%C2%A0", "%E2%80%8B", "%20%09%20")) {
                        requests.add(Arguments.of(method, fill(template, variable, blank), variable));
                    }
                }
            }
            if (!route[2].isEmpty()) {
                String twice = route[2] + "&" + route[2].replaceFirst("=.*", "=other");
                requests.add(
                        Arguments.of(method, fill(template, "", "") + "?" + twice, route[2].replaceFirst("=.*", "")));
            }
        }
        for (String single : List.of(
                "account=acme",
                "campaign=1",
                "recipient=1",
                "email=a@example.com",
                "from=2026-01-01T00:00:00Z",
                "to=2026-01-01T00:00:00Z",
                "limit=5",
                "cursor=x",
                "machine=true")) {
            String name = single.replaceFirst("=.*", "");
            requests.add(Arguments.of("GET", "/api/v1/events?" + single + "&" + single, name));
        }
        requests.add(Arguments.of("GET", "/api/v1/events?email=%E2%80%83", "email"));
        return requests.stream();
    }

    /** {@code template} with {@code variable} set to {@code value} and every other variable to a real value. */
    private static String fill(String template, String variable, String value) {
        String path = template;
        for (Map.Entry<String, String> real :
                Map.of("account", "acme", "campaignId", "1000", "id", "x").entrySet()) {
            path = path.replace("{" + real.getKey() + "}", real.getKey().equals(variable) ? value : real.getValue());
        }
        return path;
    }

    @Test
    void anErasureNamingTwoRecipientsErasesNeitherAndSaysSo() {
        syncToTheEnd("acme");
        List<String> destinations = recent.events().stream()
                .filter(e -> e.product() == SimulatedProduct.MS)
                .map(SimulatedEvent::destination)
                .distinct()
                .limit(2)
                .toList();
        long before = countEvents("account=acme");

        ApiClient.Response both = api.delete("/api/v1/accounts/acme/recipients?recipient=" + destinations.get(0)
                + "&recipient=" + destinations.get(1));

        assertProblem(both, 400, "'recipient' is given 2 times");
        assertThat(countEvents("account=acme")).isEqualTo(before);
        for (String destination : destinations) {
            assertThat(countEvents("account=acme&recipient=" + destination)).isPositive();
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "{\"from\":\"2026-10-20T00:00:00Z\"} x | body | more after its JSON value",
                "{\"from\":\"2026-10-20T00:00:00Z\"}{} | body | more after its JSON value",
                "{\"from\":\"2026-10-20T00:00:00Z\",\"from\":\"2026-10-21T00:00:00Z\"} | from | more than once",
                "{\"campaign\":\"1000\",\"to\":\"2026-10-21T00:00:00Z\",\"campaign\":\"1001\"} | campaign | more than once",
                "{\"from\": | body | not JSON",
                "{\"from\":\"2026-10-20T00:00:00Z\",\"to\":\"2026-10-20T00:00:00.000000001Z\"} | to | must be after",
                "{\"from\":\"2999-01-01T00:00:00Z\"} | from | must be before now",
                "{\"from\":\"2999-01-01T00:00:00Z\",\"to\":\"3000-01-01T00:00:00Z\"} | from | must be before now"
            })
    void aSyncBodyThatCouldBeReadTwoWaysOrHoldsNoTimeIsA400NamingTheField(String body, String field, String problem) {
        int runsBefore = api.getList("/api/v1/accounts/acme/syncs?limit=100").size();

        ApiClient.Response response = api.post("/api/v1/accounts/acme/syncs", body);

        assertProblem(response, 400, "field '" + field + "'");
        assertThat((String) response.json().get("detail")).contains(problem);
        assertThat(api.getList("/api/v1/accounts/acme/syncs?limit=100")).hasSize(runsBefore);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "/api/v1/events?from=%2B300000-01-01T00:00:00Z, from",
        "/api/v1/events?to=-300000-01-01T00:00:00Z, to",
        "/api/v1/events?from=%2B10000-01-01T00:00:00Z, from"
    })
    void timesBeyondWhatTheDatabasesStoreAreA400NamingTheParameter(String path, String parameter) {
        assertProblem(api.get(path), 400, "'" + parameter + "'");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "/api/v1/events?limit=%D9%A5",
        "/api/v1/accounts/acme/syncs?limit=%D9%A5",
        "/api/v1/events?limit=%EF%BC%95"
    })
    void onlyAsciiDigitsAreNumbers(String path) {
        assertProblem(api.get(path), 400, "'limit'");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "/api/v1/events?from=9999-12-31T00:00:00Z",
        "/api/v1/events?to=0001-01-02T00:00:00Z",
        "/api/v1/events?limit=5"
    })
    void theLastTimesTheDatabasesStoreAndAsciiNumbersAreAccepted(String path) {
        assertThat(api.get(path).status()).isEqualTo(200);
    }

    @Test
    void statisticsOfACampaignWithoutEventsAreNotFound() {
        assertProblem(api.get("/api/v1/accounts/acme/campaigns/no-such-campaign/stats"), 404, "'no-such-campaign'");
    }

    @Test
    void aTimelineCountsTheSameEventsAsTheStatisticsPerTypeAndBucket() {
        syncToTheEnd("acme");
        String campaign =
                (String) api.allEvents("account=acme&type=OPENED").get(0).get("campaignId");
        Map<String, Object> stats = api.get("/api/v1/accounts/acme/campaigns/" + campaign + "/stats")
                .json();
        String base = "/api/v1/accounts/acme/campaigns/" + campaign + "/timeline";

        Map<String, Object> daily = api.get(base + "?bucket=day").json();
        Map<String, Object> hourly = api.get(base).json();

        assertThat(daily.get("bucket")).isEqualTo("day");
        assertThat(hourly.get("bucket")).isEqualTo("hour");
        assertThat(buckets(hourly)).hasSize(48);
        assertThat(Instant.parse((String) hourly.get("from")).getEpochSecond() % 3600)
                .isZero();
        for (String type : List.of("OPENED", "CLICKED", "DELIVERED", "BOUNCED")) {
            long inStats = type.equals("OPENED") || type.equals("CLICKED")
                    ? number(castMap(stats.get(type.equals("OPENED") ? "opened" : "clicked")), "total")
                    : number(stats, type.equals("DELIVERED") ? "delivered" : "bounced");
            assertThat(timelineTotal(daily, type)).as(type).isEqualTo(inStats);
            assertThat(timelineTotal(hourly, type)).as(type).isLessThanOrEqualTo(inStats);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castMap(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> buckets(Map<String, Object> timeline) {
        return (List<Map<String, Object>>) timeline.get("buckets");
    }

    private static long timelineTotal(Map<String, Object> timeline, String type) {
        return buckets(timeline).stream()
                .map(bucket -> castMap(castMap(bucket.get("counts")).get(type)))
                .mapToLong(counts -> number(counts, "human") + number(counts, "machine"))
                .sum();
    }

    @Test
    void badTimelineRequestsAreA400NamingTheParameterAndUnknownOnesA404() {
        syncToTheEnd("acme");
        String campaign =
                (String) api.allEvents("account=acme&type=OPENED").get(0).get("campaignId");
        String base = "/api/v1/accounts/acme/campaigns/" + campaign + "/timeline";

        assertProblem(api.get(base + "?bucket=week"), 400, "parameter 'bucket'");
        assertProblem(api.get(base + "?from=yesterday"), 400, "parameter 'from'");
        assertProblem(api.get(base + "?to=2026-13-01T00:00:00Z"), 400, "parameter 'to'");
        assertProblem(api.get(base + "?from=2026-03-02T00:00:00Z&to=2026-03-01T00:00:00Z"), 400, "parameter 'to'");
        assertProblem(api.get(base + "?from=2020-01-01T00:00:00Z&to=2026-01-01T00:00:00Z"), 400, "parameter 'to'");
        assertProblem(api.get(base + "?bucket=day&from=2000-01-01T00:00:00Z"), 400, "parameter 'from'");
        assertProblem(api.get("/api/v1/accounts/nobody/campaigns/" + campaign + "/timeline"), 404, "'nobody'");
        assertProblem(api.get("/api/v1/accounts/acme/campaigns/no-such-campaign/timeline"), 404, "'no-such-campaign'");
        assertThat(api.get(base + "?bucket=DAY").status()).isEqualTo(200);
        assertThat(api.getText("/swagger/engagement-hub-0.1.yml"))
                .contains("/api/v1/accounts/{account}/campaigns/{campaignId}/timeline:", "TimelineView:");
    }

    @Test
    void withTheScheduleOffNoAccountHasANextScheduledSync() {
        syncToTheEnd("acme");

        assertThat(api.getList("/api/v1/accounts")).isNotEmpty().allSatisfy(account -> assertThat(account)
                .containsEntry("nextSyncAt", null));
    }

    @Test
    void theDashboardLoadsWithoutATokenUnderARestrictivePolicyAndItsDataNeedsOne() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> root = http.send(
                HttpRequest.newBuilder(server.getURI().resolve("/")).build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> page = http.send(
                HttpRequest.newBuilder(server.getURI().resolve("/ui/")).build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> data = http.send(
                HttpRequest.newBuilder(server.getURI().resolve("/api/v1/accounts"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(root.statusCode()).isEqualTo(303);
        assertThat(root.headers().firstValue("Location")).contains("/ui/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(page.body()).contains("id=\"token-prompt\"").doesNotContain("<script>", "style=");
        for (HttpResponse<String> response : List.of(root, page, data)) {
            assertThat(response.headers().firstValue("Content-Security-Policy").orElse(""))
                    .contains("default-src 'self'", "script-src 'self'", "style-src 'self'")
                    .doesNotContain("unsafe-inline", "unsafe-eval", "*");
            assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        }
        assertThat(data.statusCode()).isEqualTo(401);
    }

    @Test
    void anOverLongRequestLineIs414AndOverLargeHeadersAre431() {
        String longQuery = "x".repeat(20_000);
        assertThat(api.get("/api/v1/events?campaign=" + longQuery).status()).isEqualTo(414);
        assertThat(api.get("/api/v1/events", Map.of("X-Padding", longQuery)).status())
                .isEqualTo(431);
        assertThat(api.get("/api/v1/events?limit=1").status()).isEqualTo(200);
    }

    @Test
    void anErasureByAnIdLongerThanAnyProvidersIsA400NamingIt() {
        assertProblem(api.delete("/api/v1/accounts/acme/recipients?recipient=" + "r".repeat(3000)), 400, "'recipient'");
        assertProblem(
                api.delete("/api/v1/accounts/acme/recipients?email=" + "a".repeat(400) + "@example.com"),
                400,
                "'email'");
    }

    @Test
    void forgedOrGarbageCursorsAreA400() {
        for (String cursor : List.of("forged", "eyJ0IjoiIn0", "%25%25%25", "AAAAAAAAAAAAAAAAAAAA", "%E2%98%83")) {
            assertProblem(api.get("/api/v1/events?cursor=" + cursor), 400, "'cursor'");
        }
    }

    /** Cursors of the right shape holding what no issued cursor holds: a time or a character no database stores. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "+10000-01-01T00:00:00Z|e1|acme",
                "-0001-01-01T00:00:00Z|e1|acme",
                "2026-10-20T00:00:00Z|e\u00001|acme",
                "2026-10-20T00:00:00Z|e1|ac\u0000me"
            })
    void wellFormedCursorsHoldingWhatNoDatabaseStoresAreA400(String time, String id, String account) {
        String cursor = Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString((time + "\n" + id + "\n" + account).getBytes(StandardCharsets.UTF_8));
        String campaignCursor = Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString((time + "\n" + id + account).getBytes(StandardCharsets.UTF_8));

        assertProblem(api.get("/api/v1/events?account=acme&cursor=" + cursor), 400, "'cursor'");
        assertProblem(api.get("/api/v1/accounts/acme/campaigns?cursor=" + campaignCursor), 400, "'cursor'");
    }

    @Test
    void wildcardCharactersEraseNothing() {
        syncToTheEnd("acme");
        long before = countEvents("account=acme");

        for (String query : List.of("recipient=%25", "recipient=_", "recipient=*", "email=%25%40%25", "email=*")) {
            ApiClient.Response erased = api.delete("/api/v1/accounts/acme/recipients?" + query);
            assertThat(number(erased.json(), "removed")).as(query).isZero();
        }

        assertThat(countEvents("account=acme")).isEqualTo(before).isPositive();
    }

    @Test
    void anErasedRecipientStaysErasedWhenTheNextSyncReReadsItsEvents() {
        syncToTheEnd("erase");
        String destination = recent.events().stream()
                .filter(e -> e.product() == SimulatedProduct.MS)
                .map(SimulatedEvent::destination)
                .findFirst()
                .orElseThrow();
        long itsEvents = recent.events().stream()
                .filter(e -> e.destination().equals(destination))
                .count();

        ApiClient.Response erased = api.delete("/api/v1/accounts/erase/recipients?recipient=" + destination);
        Map<String, Object> again = syncToTheEnd("erase");

        assertThat(number(erased.json(), "removed")).isEqualTo(itsEvents);
        assertThat(number(again, "eventsSuppressed")).isPositive();
        assertThat(number(again, "eventsStored")).isZero();
        assertThat(countEvents("account=erase&recipient=" + destination)).isZero();
    }

    /**
     * One run, whatever the number of racing requests. In process (H2) exactly one request is
     * answered 202; on the shared schedule (PostgreSQL) a request that finds the sync already made
     * due by another is answered 202 with that same run, so every 202 names one run.
     */
    @Test
    void twentyConcurrentSyncRequestsStartOneRun() throws Exception {
        int runsBefore = api.getList("/api/v1/accounts/race/syncs?limit=100").size();
        ExecutorService pool = Executors.newFixedThreadPool(20);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<ApiClient.Response>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < 20; i++) {
                answers.add(pool.submit(() -> {
                    go.await();
                    return api.post("/api/v1/accounts/race/syncs");
                }));
            }
            go.countDown();
            List<Integer> statuses = new ArrayList<>();
            Set<Object> started = new HashSet<>();
            String location = null;
            for (Future<ApiClient.Response> answer : answers) {
                ApiClient.Response response = answer.get(60, TimeUnit.SECONDS);
                statuses.add(response.status());
                if (response.status() == 202) {
                    started.add(response.json().get("id"));
                    location = response.location();
                }
            }

            assertThat(statuses).isSubsetOf(202, 409).contains(202);
            assertThat(started).hasSize(1);
            if (!sharedSchedule()) {
                assertThat(statuses).filteredOn(s -> s == 202).hasSize(1);
            }
            api.awaitFinished(location);
            assertThat(api.getList("/api/v1/accounts/race/syncs?limit=100")).hasSize(runsBefore + 1);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Whether this database runs the shared schedule of several instances (PostgreSQL). */
    abstract boolean sharedSchedule();

    @Test
    void aRunningSyncShowsItsFiguresSoFar() {
        ApiClient.Response started = api.post("/api/v1/accounts/watched/syncs");
        assertThat(started.status()).isEqualTo(202);
        Map<String, Object> seen = waitFor(
                        "stored events while RUNNING, or the run's end", Duration.ofSeconds(60), Duration.ofMillis(50))
                .until(
                        () -> api.get(started.location()).json(),
                        run -> !"RUNNING".equals(run.get("status")) || number(run, "eventsStored") > 0);
        Map<String, Object> running = "RUNNING".equals(seen.get("status")) ? seen : null;
        Map<String, Object> finished = api.awaitFinished(started.location());

        assertThat(running).as("figures seen while the run was RUNNING").isNotNull();
        assertThat(number(running, "requests")).isPositive();
        assertThat(number(running, "eventsRead")).isGreaterThanOrEqualTo(number(running, "eventsStored"));
        assertThat(number(running, "eventsStored")).isLessThan(number(finished, "eventsStored"));
    }

    static long countEvents(String query) {
        return api.allEvents(query).size();
    }
}
