package io.engagementhub.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import com.zaxxer.hikari.HikariDataSource;
import io.engagementhub.adapter.persistence.Persistence;
import io.engagementhub.adapter.persistence.PersistenceSettings;
import io.micronaut.configuration.jdbc.hikari.DatasourceFactory;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A service stopping on an H2 file closes its pool and then compacts the file (the file a stopped
 * service leaves holds its data, not every page version of its syncs), and the file opens again;
 * also when Micronaut's datasource factory, destroyed first, has closed the pool already.
 */
class H2CompactionAtStopIT {

    @TempDir
    Path dir;

    @Test
    void stoppingTheServiceCompactsItsH2File() {
        stopAndExpectCompaction(server -> {});
    }

    /** The destruction order that left a 300,000-event file uncompacted in about half the benchmark runs. */
    @Test
    void theFileIsCompactedAlsoWhenTheDatasourceFactoryClosedThePoolFirst() {
        stopAndExpectCompaction(server -> {
            server.getApplicationContext().getBean(DatasourceFactory.class).close();
            assertThat(((HikariDataSource) server.getApplicationContext().getBean(DataSource.class)).isClosed())
                    .isTrue();
        });
    }

    private void stopAndExpectCompaction(Consumer<EmbeddedServer> beforeStop) {
        String url = "jdbc:h2:file:" + dir.resolve("store");
        Map<String, Object> properties = ServiceProperties.of("a-token-for-this-test", url);
        properties.put("engagement.classification.enabled", false);
        try (LogCapture logs = new LogCapture(Level.INFO)) {
            EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, properties);
            beforeStop.accept(server);
            server.getApplicationContext().close();

            assertThat(logs.linesContaining("Compacted the H2 store in")).hasSize(1);
            assertThat(logs.linesContaining("was not compacted")).isEmpty();
        }
        try (HikariDataSource again = Persistence.pooledDataSource(url, "sa", "")) {
            assertThat(Persistence.create(again, PersistenceSettings.unencrypted())
                            .sync()
                            .events())
                    .isNotNull();
        }
    }
}
