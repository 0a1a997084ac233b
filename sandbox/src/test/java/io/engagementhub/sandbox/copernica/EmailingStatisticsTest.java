package io.engagementhub.sandbox.copernica;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** The emailing statistics and the knobs that make them differ from the lists. */
class EmailingStatisticsTest {

    private static final String MAILING = "1000";
    private static final String EMAILING = "5000";

    private final HttpClient http = HttpClient.newHttpClient();

    @AutoClose
    private final CopernicaSimulator sim = CopernicaSimulator.start(
            CopernicaDataSet.of(3_000, 42),
            CopernicaSimulatorSettings.DEFAULTS.withV4Paths(CopernicaSimulatorSettings.V4Paths.BOTH));

    private HttpResponse<String> v2(String path) throws IOException, InterruptedException {
        String separator = path.contains("?") ? "&" : "?";
        URI uri = URI.create(sim.baseUrl() + "/" + path + separator + "access_token=" + sim.accessToken());
        return http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> v4(String path) throws IOException, InterruptedException {
        HttpRequest login = HttpRequest.newBuilder(sim.authUrl())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("access_token=" + sim.accessToken()))
                .build();
        String jwt =
                http.send(login, HttpResponse.BodyHandlers.ofString()).body().trim();
        HttpRequest get = HttpRequest.newBuilder(URI.create(sim.v4BaseUrl() + "/" + path))
                .header("Authorization", "Bearer " + jwt)
                .build();
        return http.send(get, HttpResponse.BodyHandlers.ofString());
    }

    private long count(SimulatedProduct product, SimulatedEventType type, String emailing) {
        return sim.events(product, type).stream()
                .filter(e -> e.emailing().equals(emailing))
                .count();
    }

    private List<SimulatedEvent> served(SimulatedProduct product, SimulatedEventType type, String emailing)
            throws IOException, InterruptedException {
        String body = v2(product.path() + "/emailing/" + emailing + "/" + type.path() + "?limit=1000")
                .body();
        return sim.events(product, type).stream()
                .filter(e -> e.emailing().equals(emailing) && body.contains("\"ID\":\"" + e.id() + "\""))
                .toList();
    }

    @Test
    void v2MarketingSuiteStatisticsCountTheEmailingsEventsWithDestinationsAsAString() throws Exception {
        String body = v2("ms/emailing/" + MAILING + "/statistics").body();

        assertThat(body)
                .containsPattern("\"destinations\":\"[0-9]+\"")
                .contains("\"impressions\":{\"total\":"
                        + count(SimulatedProduct.MS, SimulatedEventType.IMPRESSIONS, MAILING) + ",\"unique\":")
                .contains("\"deliveries\":{\"total\":"
                        + count(SimulatedProduct.MS, SimulatedEventType.DELIVERIES, MAILING) + "}")
                .contains("\"retries\":");
    }

    @Test
    void publisherStatisticsHaveNoDeliveriesNorRetriesAndV2CountsAreStrings() throws Exception {
        String body = v2("publisher/emailing/" + EMAILING + "/statistics").body();

        assertThat(body)
                .contains("\"clicks\":{\"total\":\""
                        + count(SimulatedProduct.PUBLISHER, SimulatedEventType.CLICKS, EMAILING) + "\"")
                .contains("\"unknown\":")
                .doesNotContain("deliveries", "retries");
    }

    @Test
    void v4AnswersEveryNameWithNumbers() throws Exception {
        long errors = count(SimulatedProduct.MS, SimulatedEventType.ERRORS, MAILING);
        long clicks = count(SimulatedProduct.PUBLISHER, SimulatedEventType.CLICKS, EMAILING);

        for (String name : List.of("draganddrop", "ms")) {
            assertThat(v4(name + "/emailing/" + MAILING + "/statistics").body())
                    .containsPattern("\"destinations\":[0-9]+")
                    .contains("\"errors\":{\"total\":" + errors + ",");
        }
        for (String name : List.of("html", "publisher")) {
            assertThat(v4(name + "/emailing/" + EMAILING + "/statistics").body())
                    .contains("\"clicks\":{\"total\":" + clicks + ",")
                    .doesNotContain("deliveries");
        }
    }

    @Test
    void anUnknownEmailingIsAnsweredAsAnUnknownId() throws Exception {
        HttpResponse<String> answer = v2("ms/emailing/" + EMAILING + "/statistics");

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains("No entity with supplied ID");
    }

    @Test
    void withheldEventsLeaveEveryListButStillCountAndComeBackUnchangedOnRelease() throws Exception {
        long clicks = count(SimulatedProduct.MS, SimulatedEventType.CLICKS, MAILING);
        List<SimulatedEvent> before = served(SimulatedProduct.MS, SimulatedEventType.CLICKS, MAILING);

        List<SimulatedEvent> held = sim.withhold(SimulatedProduct.MS, SimulatedEventType.CLICKS, MAILING, 3);

        assertThat(held).hasSize(3).allMatch(e -> e.emailing().equals(MAILING));
        assertThat(held).containsExactlyElementsOf(before.subList(0, 3));
        assertThat(served(SimulatedProduct.MS, SimulatedEventType.CLICKS, MAILING))
                .doesNotContainAnyElementsOf(held)
                .hasSize(before.size() - 3);
        String accountWide = v2("ms/clicks?limit=1000").body();
        assertThat(held).noneMatch(e -> accountWide.contains("\"ID\":\"" + e.id() + "\""));
        assertThat(v2("ms/emailing/" + MAILING + "/statistics").body())
                .contains("\"clicks\":{\"total\":" + clicks + ",");

        assertThat(sim.release(SimulatedProduct.MS, SimulatedEventType.CLICKS, MAILING))
                .containsExactlyElementsOf(held);
        assertThat(served(SimulatedProduct.MS, SimulatedEventType.CLICKS, MAILING))
                .containsExactlyElementsOf(before);
    }

    @Test
    void aRestatedTotalIsAnsweredInsteadOfTheEventsCount() throws Exception {
        long impressions = count(SimulatedProduct.PUBLISHER, SimulatedEventType.IMPRESSIONS, EMAILING);

        sim.restateStatistics(SimulatedProduct.PUBLISHER, SimulatedEventType.IMPRESSIONS, EMAILING, impressions - 2);

        assertThat(v4("html/emailing/" + EMAILING + "/statistics").body())
                .contains("\"impressions\":{\"total\":" + (impressions - 2) + ",");
        assertThat(served(SimulatedProduct.PUBLISHER, SimulatedEventType.IMPRESSIONS, EMAILING))
                .hasSize((int) impressions);
    }

    @Test
    void aDroppedFigureLeavesItsKeyOut() throws Exception {
        sim.dropStatistics(SimulatedProduct.MS, SimulatedEventType.ABUSES, MAILING);

        assertThat(v2("ms/emailing/" + MAILING + "/statistics").body())
                .doesNotContain("abuses")
                .contains("\"clicks\":");
    }
}
