package io.engagementhub.sandbox.copernica;

import static org.assertj.core.api.Assertions.assertThat;

import io.engagementhub.sandbox.Fault;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

class CopernicaSimulatorTest {

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @AutoClose
    private CopernicaSimulator sim = CopernicaSimulator.start(CopernicaDataSet.of(3_000, 42));

    private HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
        String sep = pathAndQuery.contains("?") ? "&" : "?";
        URI uri = URI.create(sim.baseUrl() + "/" + pathAndQuery + sep + "access_token=" + sim.accessToken());
        return http.send(
                HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Test
    void marketingSuiteUnsubscribesAreRefusedOnV2AndServedOnV3WithTheirDocumentedFields() throws Exception {
        HttpResponse<String> v2 = get("ms/unsubscribes");
        URI v3uri = URI.create(sim.baseUrl().toString().replace("/v2", "/v3") + "/ms/unsubscribes?access_token="
                + sim.accessToken() + "&limit=1000");
        HttpResponse<String> v3 =
                http.send(HttpRequest.newBuilder(v3uri).build(), HttpResponse.BodyHandlers.ofString());
        URI v3publisher = URI.create(
                sim.baseUrl().toString().replace("/v2", "/v3") + "/publisher/clicks?access_token=" + sim.accessToken());
        HttpResponse<String> other =
                http.send(HttpRequest.newBuilder(v3publisher).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(v2.statusCode()).isEqualTo(400);
        assertThat(v2.body()).contains("Invalid method");
        assertThat(v3.statusCode()).isEqualTo(200);
        assertThat(v3.body())
                .contains("\"source\"", "\"destination\"", "\"mailing\"")
                .doesNotContain("\"profile\"", "\"success\"");
        assertThat(v3.body())
                .contains("\"count\":"
                        + sim.events(SimulatedProduct.MS, SimulatedEventType.UNSUBSCRIBES)
                                .size());
        assertThat(other.statusCode()).isEqualTo(400);
    }

    @Test
    void emailingListsCarryTheirDocumentedFieldsAndFilterByFromdateAndTodate() throws Exception {
        HttpResponse<String> ms = get("ms/emailings");
        HttpResponse<String> publisher = get("publisher/emailings");
        // The data set's five emailings go out an hour apart from 2024-10-20 00:00 UTC (02:00 in Amsterdam).
        HttpResponse<String> window =
                get("ms/emailings?fromdate=" + enc("2024-10-20 03:00:00") + "&todate=" + enc("2024-10-20 04:00:00"));

        assertThat(ms.body())
                .contains("\"count\":5,", "\"id\":\"1000\"", "\"subject\":\"Newsletter 1\"", "\"destinations\":25,")
                .contains("\"timestamp\":\"2024-10-20 02:00:00\"")
                .doesNotContain("\"description\"");
        assertThat(publisher.body())
                .contains("\"id\":\"5000\"", "\"description\":\"Weekly digest 1\"", "\"destinations\":\"25\"");
        assertThat(window.body()).contains("\"count\":2,", "\"id\":\"1001\"", "\"id\":\"1002\"");
    }

    @Test
    void rejectsAWrongOrMissingTokenWith400() throws Exception {
        URI uri = URI.create(sim.baseUrl() + "/ms/clicks?access_token=wrong");
        HttpResponse<String> wrong =
                http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> missing = http.send(
                HttpRequest.newBuilder(URI.create(sim.baseUrl() + "/ms/clicks")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(wrong.body()).isEqualTo("{\"error\":{\"message\":\"Invalid access token\"}}");
        assertThat(missing.statusCode()).isEqualTo(400);
    }

    @Test
    void answersUnknownPathsWithInvalidMethod() throws Exception {
        HttpResponse<String> response = get("ms/Clicks");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("Invalid method");
        assertThat(get("ms/emailing/1000/nothing").statusCode()).isEqualTo(400);
    }

    @Test
    void pagesWithDefaultLimit100CappedAt1000AndOmitsTotalOnRequest() throws Exception {
        int deliveries =
                sim.events(SimulatedProduct.MS, SimulatedEventType.DELIVERIES).size();
        assertThat(get("ms/deliveries").body())
                .startsWith("{\"start\":0,\"limit\":100,\"count\":100,\"total\":" + deliveries + ",");
        assertThat(get("ms/deliveries?limit=5000&total=false").body())
                .startsWith("{\"start\":0,\"limit\":1000,\"count\":")
                .doesNotContain("\"total\"");
        String last =
                get("ms/deliveries?start=" + (deliveries - 3) + "&limit=10").body();
        assertThat(last).contains("\"count\":3,");
    }

    @Test
    void servesEventsInAscendingIdOrderWithEscapedSlashes() throws Exception {
        String body = get("ms/clicks?limit=3").body();
        assertThat(body).contains("\"ID\":\"1\"").contains("\"ID\":\"2\"").contains("\"mailing\":\"");
        assertThat(body.indexOf("\"ID\":\"1\"")).isLessThan(body.indexOf("\"ID\":\"2\""));
        assertThat(get("ms/clicks?limit=1000").body()).contains(":\\/\\/").doesNotContain("://");
    }

    @Test
    void filtersPublisherListsByIdInBothBracketEncodings() throws Exception {
        List<SimulatedEvent> all = sim.events(SimulatedProduct.PUBLISHER, SimulatedEventType.DELIVERIES);
        long floor = all.get(all.size() - 4).id();
        String literal =
                get("publisher/deliveries?fields[]=" + enc("id>" + floor)).body();
        String indexed =
                get("publisher/deliveries?fields%5B0%5D=" + enc("id>" + floor)).body();
        assertThat(literal).contains("\"count\":3,").contains("\"emailing\":\"").contains("\"attempt\":\"");
        assertThat(indexed).isEqualTo(literal);
    }

    @Test
    void filtersPublisherListsByTimestampRange() throws Exception {
        List<SimulatedEvent> clicks = sim.events(SimulatedProduct.PUBLISHER, SimulatedEventType.CLICKS);
        LocalDateTime at = clicks.get(10).timestamp();
        long expected = clicks.stream()
                .filter(e -> !e.timestamp().isBefore(at) && !e.timestamp().isAfter(at.plusHours(6)))
                .count();
        String body = get("publisher/clicks?limit=1000&fields[]=" + enc("timestamp>=" + EventRenderer.time(at))
                        + "&fields[]=" + enc("timestamp<=" + EventRenderer.time(at.plusHours(6))))
                .body();
        assertThat(body).contains("\"count\":" + expected + ",");
    }

    @Test
    void appliesBeginAndEndTimeInclusivelyOrExclusivelyAsConfigured() throws Exception {
        SimulatedEvent event =
                sim.events(SimulatedProduct.MS, SimulatedEventType.IMPRESSIONS).get(20);
        String t = enc(EventRenderer.time(event.timestamp()));
        String query = "ms/impressions?begintime=" + t + "&endtime=" + t;
        assertThat(get(query).body()).contains("\"ID\":\"" + event.id() + "\"");
        sim.close();
        sim = CopernicaSimulator.start(
                CopernicaDataSet.of(3_000, 42), CopernicaSimulatorSettings.DEFAULTS.withBoundsInclusive(false));
        assertThat(get(query).body()).contains("\"count\":0,");
    }

    @Test
    void runsScriptedAppendsBetweenTwoRequests() throws Exception {
        int before = sim.events(SimulatedProduct.MS, SimulatedEventType.CLICKS).size();
        sim.afterRequest(
                1,
                () -> sim.append(
                        SimulatedProduct.MS, SimulatedEventType.CLICKS, 5, LocalDateTime.of(2024, 11, 1, 9, 0)));
        assertThat(get("ms/clicks?total=true&limit=1").body()).contains("\"total\":" + before + ",");
        assertThat(get("ms/clicks?total=true&limit=1").body()).contains("\"total\":" + (before + 5) + ",");
        assertThat(sim.requestsServed()).isEqualTo(2);
    }

    @Test
    void producesTheDocumentedQuirksAndFallBackHourTimes() {
        List<SimulatedEvent> events = sim.events();
        assertThat(events).hasSize(3_000);
        assertThat(events)
                .anyMatch(e -> e.timestamp().getHour() == 2 && e.timestamp().getDayOfMonth() == 27);
        assertThat(events.stream()
                        .filter(e -> e.timestamp().equals(LocalDateTime.of(2024, 10, 27, 2, 59)))
                        .count())
                .isEqualTo(2);
        assertThat(events).anyMatch(e -> "{webversion}".equals(e.text("link")));
        assertThat(events).anyMatch(e -> "0.0.0.0".equals(e.text("ip")));
    }

    @Test
    void everyEventOfAProductsDestinationNamesItsOneMailingProfileAndSubprofile() {
        try (CopernicaSimulator many = CopernicaSimulator.start(CopernicaDataSet.of(200_000, 7))) {
            Map<List<Object>, List<SimulatedEvent>> byDestination =
                    many.events().stream().collect(Collectors.groupingBy(e -> List.of(e.product(), e.destination())));
            List<List<SimulatedEvent>> repeated = byDestination.values().stream()
                    .filter(events -> events.size() > 1)
                    .toList();

            assertThat(repeated).hasSizeGreaterThan(1_000);
            assertThat(repeated).allSatisfy(events -> assertThat(events.stream()
                            .map(e -> Arrays.asList(e.emailing(), e.profile(), e.subprofile()))
                            .distinct())
                    .hasSize(1));
            assertThat(byDestination.values().stream()
                            .map(events -> events.get(0).emailing()))
                    .contains("1000", "1004");
        }
    }

    @Test
    void rendersUserAgentUnderBothKeysAndProfileAsNumberOrString() throws Exception {
        String body = get("ms/impressions?limit=1000").body();
        assertThat(body).contains("\"useragent\":").contains("\"user-agent\":");
        assertThat(body).containsPattern("\"profile\":\\d").containsPattern("\"profile\":\"\\d");
    }

    @Test
    void answersInjectedFaultsBeforeRealResponses() throws Exception {
        sim.server().injectFaults(Fault.UNAVAILABLE_HTML);
        HttpResponse<String> fault = get("ms/clicks");
        assertThat(fault.statusCode()).isEqualTo(503);
        assertThat(fault.body()).contains("Loadbalancer Error");
        assertThat(get("ms/clicks").statusCode()).isEqualTo(200);
        assertThat(sim.server().requests("/v2/ms/clicks")).isEqualTo(2);
    }
}
