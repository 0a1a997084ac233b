package io.engagementhub.app;

import static io.engagementhub.app.Waiting.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import io.engagementhub.app.demo.DemoMode;
import io.engagementhub.sandbox.Fault;
import io.engagementhub.sandbox.constantcontact.ConstantContactDataSet;
import io.engagementhub.sandbox.constantcontact.ConstantContactSimulator;
import io.engagementhub.sandbox.copernica.CopernicaDataSet;
import io.engagementhub.sandbox.copernica.CopernicaSimulator;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The providers' clients come from the service's context: a Copernica account on REST v4 and one
 * on v2, and a Constant Contact account, sync through them; their requests show in {@code
 * /prometheus} under URI templates (no query, no token); {@code micronaut.http.services.copernica}
 * sets their timeout.
 */
class ProviderClientsIT {

    private static final String TOKEN = "clients-token-" + UUID.randomUUID();
    private static final Pattern URI_TAG =
            Pattern.compile("http_client_requests_seconds_count\\{[^}]*uri=\"([^\"]*)\"");

    private static Map<String, Object> service(CopernicaSimulator copernica) {
        Map<String, Object> properties =
                ServiceProperties.of(TOKEN, "jdbc:h2:mem:clients-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        properties.put("engagement.classification.enabled", "false");
        properties.putAll(DemoMode.copernicaAccount("v4", copernica));
        return properties;
    }

    @Test
    void accountsSyncThroughTheServicesClientsWhoseMetricsNameTemplatesOnly() {
        Instant now = Instant.now();
        try (CopernicaSimulator copernica = CopernicaSimulator.start(new CopernicaDataSet(
                        600, 2, now.minus(Duration.ofDays(3)), now.minus(Duration.ofHours(1)), 21L));
                ConstantContactSimulator cc =
                        ConstantContactSimulator.start(ConstantContactDataSet.small(), Clock.systemUTC())) {
            Map<String, Object> properties = service(copernica);
            ServiceProperties.copernicaAccount(properties, "v2", copernica);
            properties.putAll(DemoMode.constantContactAccount("cc", cc));
            EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, properties);
            try (ApiClient api = new ApiClient(server.getURL(), TOKEN)) {
                for (String account : List.of("v4", "v2", "cc")) {
                    Map<String, Object> run = api.syncToTheEnd(account, Duration.ofSeconds(120));
                    assertThat(run.get("status")).as(account + ": " + run).isEqualTo("SUCCEEDED");
                }
                String metrics = api.getText("/prometheus");

                assertThat(api.allEvents("account=v4"))
                        .hasSize(copernica.events().size());
                assertThat(api.allEvents("account=v2"))
                        .hasSize(copernica.events().size());
                assertThat(copernica.logins()).isEqualTo(1);
                List<String> uris =
                        URI_TAG.matcher(metrics).results().map(m -> m.group(1)).toList();
                assertThat(uris)
                        .contains("/v4/draganddrop/clicks", "/v4/html/deliveries", "/v2/ms/clicks", "/authenticate")
                        .anyMatch(uri -> uri.startsWith("/v3/reports/"))
                        .allSatisfy(uri -> assertThat(uri).doesNotContain("?", "access_token", "="));
                assertThat(metrics)
                        .doesNotContain(copernica.accessToken(), cc.clientSecret(), cc.initialRefreshToken());
                assertUsage(api, copernica);
            } finally {
                server.getApplicationContext().close();
            }
        }
    }

    /**
     * GET /accounts tells what syncing costs: requests per 1,000 stored events, and for the v4
     * account Copernica's own count of this month's calls, read once at the end of its sync (the
     * list itself asks nothing).
     */
    @SuppressWarnings("unchecked")
    private static void assertUsage(ApiClient api, CopernicaSimulator copernica) {
        List<Map<String, Object>> accounts = api.getList("/api/v1/accounts");
        api.getList("/api/v1/accounts");
        Map<String, Map<String, Object>> usage = new java.util.HashMap<>();
        accounts.forEach(a -> usage.put((String) a.get("name"), (Map<String, Object>) a.get("usage")));

        Map<String, Object> v4 = usage.get("v4");
        assertThat(((Number) v4.get("eventsStored")).longValue())
                .isEqualTo(copernica.events().size());
        double perThousand = ((Number) v4.get("requests")).doubleValue()
                * 1000
                / copernica.events().size();
        assertThat(((Number) v4.get("requestsPer1000Events")).doubleValue()).isEqualTo(perThousand);
        Map<String, Object> counted = (Map<String, Object>) v4.get("provider");
        long statistics = copernica.server().requestsPerPath().entrySet().stream()
                .filter(e -> e.getKey().startsWith("/v4/") && e.getKey().endsWith("/statistics"))
                .mapToLong(Map.Entry::getValue)
                .sum();
        assertThat(statistics)
                .as("the completeness check read each emailing's statistics")
                .isPositive();
        assertThat(((Number) counted.get("apiCalls")).longValue())
                .as("the v4 sync came first: its calls up to the consumption call, read before the statistics")
                .isEqualTo(((Number) v4.get("requests")).longValue() - statistics);
        assertThat(copernica.server().requests("/v4/consumption")).isEqualTo(1);
        assertThat(usage.get("v2").get("provider")).as("v2 has no consumption").isNull();
        assertThat(usage.get("cc").get("provider")).isNull();
    }

    /**
     * With {@code read-timeout: 300ms} a provider that answers after 2 s times out: the adapter
     * retries with reason {@code timeout}. Left to its 30 s default, the same provider's answers
     * arrive and nothing is retried.
     */
    @Test
    void theCopernicaClientsTimeoutIsConfiguredUnderMicronautHttpServices() {
        try (CopernicaSimulator copernica = CopernicaSimulator.start(CopernicaDataSet.of(50, 22))) {
            copernica.server().slowDown(Duration.ofSeconds(2));
            copernica.server().injectFaults(Collections.nCopies(200, Fault.SLOW).toArray(Fault[]::new));
            Map<String, Object> properties = service(copernica);
            properties.put("micronaut.http.services.copernica.read-timeout", "300ms");
            EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, properties);
            try (ApiClient api = new ApiClient(server.getURL(), TOKEN)) {
                assertThat(api.post("/api/v1/accounts/v4/syncs").status()).isEqualTo(202);
                String retried = waitFor(
                                "a retry for reason timeout on /prometheus",
                                Duration.ofSeconds(30),
                                Duration.ofMillis(200))
                        .until(
                                () -> api.getText("/prometheus")
                                        .lines()
                                        .filter(line -> line.startsWith("engagement_provider_retries_total{")
                                                && line.contains("reason=\"timeout\""))
                                        .findFirst()
                                        .orElse(""),
                                line -> !line.isEmpty());

                assertThat(retried)
                        .as("a request timed out after 300 ms and was retried")
                        .isNotEmpty();
            } finally {
                server.getApplicationContext().close();
            }
        }
    }
}
