package io.engagementhub.app;

import static io.engagementhub.app.Waiting.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import io.engagementhub.sandbox.Fault;
import io.engagementhub.sandbox.copernica.CopernicaDataSet;
import io.engagementhub.sandbox.copernica.CopernicaSimulator;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Stopping the service mid-sync finishes the page in hand, stores it with its checkpoint, and
 * records the run as PARTIAL; the next start completes the sync with nothing lost or doubled.
 */
class GracefulShutdownIT {

    @Test
    void aShutdownMidSyncKeepsWhatWasStoredAndTheNextSyncCompletesIt() throws Exception {
        Instant now = Instant.now();
        try (CopernicaSimulator sim = CopernicaSimulator.start(
                new CopernicaDataSet(2_400, 2, now.minus(Duration.ofDays(5)), now.minus(Duration.ofHours(1)), 3L))) {
            Map<String, Object> properties = properties(sim);
            // Every request of this sync is slow, so it is surely under way when the service stops.
            sim.server().slowDown(Duration.ofMillis(500));
            sim.server().injectFaults(Collections.nCopies(12, Fault.SLOW).toArray(Fault[]::new));

            String runId;
            EmbeddedServer first = ApplicationContext.run(EmbeddedServer.class, properties);
            try (ApiClient api = new ApiClient(first.getURL(), null)) {
                runId = (String) api.post("/api/v1/accounts/acme/syncs").json().get("id");
                awaitFirstStoredPage(api);
            } finally {
                first.getApplicationContext().close();
            }

            EmbeddedServer second = ApplicationContext.run(EmbeddedServer.class, properties);
            try (ApiClient api = new ApiClient(second.getURL(), null)) {
                Map<String, Object> stopped = api.get("/api/v1/syncs/" + runId).json();
                assertThat(stopped.get("status")).isEqualTo("PARTIAL");
                assertThat((String) stopped.get("message")).contains("stopped on request");
                long storedBefore = ((Number) stopped.get("eventsStored")).longValue();
                assertThat(storedBefore).isPositive().isLessThan(sim.events().size());

                String next =
                        (String) api.post("/api/v1/accounts/acme/syncs").json().get("id");
                Map<String, Object> completed = awaitFinished(api, next);
                assertThat(completed.get("status")).isEqualTo("SUCCEEDED");
                assertThat(storedBefore + ((Number) completed.get("eventsStored")).longValue())
                        .isEqualTo(sim.events().size());
            } finally {
                second.getApplicationContext().close();
            }
        }
    }

    private static Map<String, Object> properties(CopernicaSimulator sim) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("micronaut.server.port", -1);
        properties.put("engagement.sync.every", "off");
        properties.put("datasources.default.url", "jdbc:h2:mem:shutdown-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        ServiceProperties.copernicaAccount(properties, "acme", sim);
        return properties;
    }

    private static void awaitFirstStoredPage(ApiClient api) {
        waitFor("a first stored page", Duration.ofSeconds(30), Duration.ofMillis(20))
                .until(() ->
                        !((List<?>) api.get("/api/v1/events?limit=1").json().get("items")).isEmpty());
    }

    private static Map<String, Object> awaitFinished(ApiClient api, String runId) {
        return waitFor("sync " + runId + " no longer RUNNING", Duration.ofSeconds(60), Duration.ofMillis(100))
                .until(() -> api.get("/api/v1/syncs/" + runId).json(), run -> !"RUNNING".equals(run.get("status")));
    }
}
