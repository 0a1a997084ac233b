package io.engagementhub.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.engagementhub.app.demo.DemoMode;
import io.engagementhub.sandbox.constantcontact.ConstantContactDataSet;
import io.engagementhub.sandbox.constantcontact.ConstantContactSimulator;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Two instances on one PostgreSQL sync two accounts of one Constant Contact application at once
 * under a small shared daily quota: together they send exactly the quota and stop, both runs say
 * when it resets, and both instances' metrics (refreshed in the background) and health show it used up.
 */
class SharedQuotaIT {

    static final String TOKEN = "it-token-" + UUID.randomUUID();
    static final int DAILY = 15;

    @Test
    @SuppressWarnings("unchecked")
    void theSharedDailyQuotaStopsBothInstancesAtTheSameTotal() throws Exception {
        ConstantContactSimulator cc = ConstantContactSimulator.start(ConstantContactDataSet.small(), Clock.systemUTC());
        cc.rotateRefreshTokens(false);
        List<EmbeddedServer> servers = new ArrayList<>();
        try (PostgresSchema db = PostgresSchema.create()) {
            try {
                Map<String, Object> properties = SeveralInstancesChecks.sharedProperties(db, TOKEN);
                properties.put("engagement.sync.every", "off");
                properties.put("engagement.constantcontact.daily-requests", DAILY);
                properties.putAll(DemoMode.constantContactAccount("shop-1", cc));
                properties.putAll(DemoMode.constantContactAccount("shop-2", cc));
                servers.add(ApplicationContext.run(EmbeddedServer.class, SeveralInstancesIT.with(properties, "a", -1)));
                servers.add(ApplicationContext.run(EmbeddedServer.class, SeveralInstancesIT.with(properties, "b", -1)));
                Instant midnight = LocalDate.now(ZoneOffset.UTC)
                        .plusDays(1)
                        .atStartOfDay(ZoneOffset.UTC)
                        .toInstant();

                List<String> runs = new ArrayList<>();
                for (int i = 0; i < 2; i++) {
                    try (ApiClient api = new ApiClient(servers.get(i).getURL(), TOKEN)) {
                        ApiClient.Response started = api.post("/api/v1/accounts/shop-" + (i + 1) + "/syncs");
                        assertThat(started.status()).as(started.body()).isEqualTo(202);
                        runs.add(started.location());
                    }
                }
                try (ApiClient api = new ApiClient(servers.get(0).getURL(), TOKEN)) {
                    for (String run : runs) {
                        Map<String, Object> finished = api.awaitFinished(run, Duration.ofSeconds(60));
                        assertThat(finished.get("status"))
                                .as(finished.toString())
                                .isEqualTo("PARTIAL");
                        assertThat((String) finished.get("message")).contains("quota", midnight.toString());
                    }
                }
                System.out.printf(
                        "[benchmark] shared daily quota of %d: the simulator answered %d requests, %d of them 429%n",
                        DAILY, cc.apiRequests(), cc.tooManyRequests());
                assertThat(cc.apiRequests()).isEqualTo(DAILY);
                assertThat(cc.tooManyRequests()).isZero();
                for (EmbeddedServer server : servers) {
                    try (ApiClient api = new ApiClient(server.getURL(), TOKEN)) {
                        // Before any /health call: the gauges are refreshed in the background.
                        Waiting.waitFor("the quota gauge at zero", Duration.ofSeconds(45), Duration.ofMillis(500))
                                .until(() -> api.getText("/prometheus")
                                        .contains("engagement_provider_quota_remaining{application=\"" + cc.clientId()
                                                + "\",provider=\"constantcontact\"} 0.0"));
                        Map<String, Object> health = api.get("/health").json();
                        Map<String, Object> budget = (Map<String, Object>) ((Map<String, Object>)
                                        ((Map<String, Object>) health.get("details")).get("requestBudget"))
                                .get("details");
                        assertThat((Map<String, Object>) budget.get(cc.clientId()))
                                .containsEntry("remaining", 0)
                                .containsEntry("resetsAt", midnight.toString());
                    }
                }
            } finally {
                servers.forEach(server -> server.getApplicationContext().close());
            }
        } finally {
            cc.close();
        }
    }
}
