package io.engagementhub.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.engagementhub.adapter.copernica.CopernicaEngagementSource;
import io.engagementhub.adapter.copernica.CopernicaSettings;
import io.engagementhub.adapter.persistence.Persistence;
import io.engagementhub.adapter.persistence.PersistenceSettings;
import io.engagementhub.adapter.persistence.PersistenceStores;
import io.engagementhub.domain.model.EventQuery;
import io.engagementhub.domain.model.SyncRun;
import io.engagementhub.domain.model.SyncStatus;
import io.engagementhub.domain.port.in.StopSignal;
import io.engagementhub.domain.port.out.EngagementSources;
import io.engagementhub.domain.service.SyncService;
import io.engagementhub.domain.service.SyncSettings;
import io.engagementhub.sandbox.copernica.CopernicaDataSet;
import io.engagementhub.sandbox.copernica.CopernicaSimulator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The README's embedding example, compiled and run here against the Copernica simulator, and
 * checked to be the very code the README shows, so the documentation cannot rot.
 */
class EmbeddingExampleTest {

    static final class Example {

        private Example() {}

        // tag::embedding[]
        static SyncRun syncCopernica(CopernicaSettings account, String jdbcUrl) {
            Clock clock = Clock.systemUTC();
            DataSource dataSource = Persistence.pooledDataSource(jdbcUrl, "sa", "");
            PersistenceStores stores = Persistence.create(dataSource, PersistenceSettings.unencrypted());
            // The source creates its own HTTP client (Micronaut's, on the JDK's transport); close() closes it.
            try (CopernicaEngagementSource copernica = CopernicaEngagementSource.create(account, clock)) {
                SyncService sync = new SyncService(
                        EngagementSources.of(Map.of(account.account(), copernica)),
                        stores.sync(),
                        clock,
                        SyncSettings.DEFAULTS);
                return sync.sync(account.account(), StopSignal.NEVER);
            }
        }
        // end::embedding[]
    }

    @Test
    void theEmbeddingExampleSyncsACopernicaAccountWithoutMicronaut() {
        Instant now = Instant.now();
        try (CopernicaSimulator sim = CopernicaSimulator.start(
                new CopernicaDataSet(300, 2, now.minus(Duration.ofDays(3)), now.minus(Duration.ofHours(1)), 5L))) {
            String jdbcUrl = "jdbc:h2:mem:embedding-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";

            // REST v4, logging in at the simulator's authentication service instead of Copernica's
            CopernicaSettings account = CopernicaSettings.of("acme", sim.v4BaseUrl(), sim.accessToken())
                    .withAuthUrl(sim.authUrl());

            SyncRun run = Example.syncCopernica(account, jdbcUrl);

            assertThat(run.status()).isEqualTo(SyncStatus.SUCCEEDED);
            assertThat(run.figures().eventsStored()).isEqualTo(sim.events().size());
            assertThat(sim.logins()).isEqualTo(1);
            PersistenceStores again = Persistence.create(
                    Persistence.pooledDataSource(jdbcUrl, "sa", ""), PersistenceSettings.unencrypted());
            assertThat(again.sync()
                            .events()
                            .find(EventQuery.all().withLimit(1000))
                            .items())
                    .hasSize(300);
        }
    }

    @Test
    void theReadmeShowsExactlyThisCode() throws IOException {
        String source = Files.readString(Path.of("src/test/java/io/engagementhub/app/EmbeddingExampleTest.java"));
        String readme = Files.readString(Path.of("../README.md"));

        List<String> snippet = between(source, "// tag::embedding[]", "// end::embedding[]");

        assertThat(snippet).hasSizeGreaterThan(5);
        assertThat(normalized(readme)).contains(String.join("\n", snippet));
    }

    private static List<String> between(String text, String start, String end) {
        String body = text.substring(text.indexOf(start) + start.length(), text.indexOf(end));
        return body.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    private static String normalized(String text) {
        return String.join(
                "\n", text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList());
    }
}
