package io.engagementhub.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An H2 URL without the settings the shared SQL needs can not silently break the store. */
class H2SettingsTest {

    @Test
    void aDataSourceWithoutTheSettingsIsRefusedNamingTheFlagsToAdd() {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:h2:mem:no-flags-" + System.nanoTime() + ";MODE=PostgreSQL");
        try (HikariDataSource bare = new HikariDataSource(config)) {
            assertThatThrownBy(() -> Persistence.create(bare, PersistenceSettings.unencrypted()))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("DATABASE_TO_LOWER is false, needs TRUE")
                    .hasMessageContaining("DEFAULT_NULL_ORDERING")
                    .hasMessageContaining(";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
        }
    }

    @Test
    void missingFlagsAreAddedToAnH2UrlAndOthersAreLeftAlone() {
        assertThat(Persistence.withRequiredH2Settings("jdbc:h2:file:./x;mode=PostgreSQL"))
                .isEqualTo("jdbc:h2:file:./x;mode=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
                        + ";DB_CLOSE_ON_EXIT=FALSE");
        assertThat(Persistence.withRequiredH2Settings("jdbc:h2:file:./x;DB_CLOSE_ON_EXIT=TRUE"))
                .as("an explicit choice is kept")
                .endsWith(";DB_CLOSE_ON_EXIT=TRUE;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;MODE=PostgreSQL");
        assertThat(Persistence.withRequiredH2Settings(Persistence.DEFAULT_URL)).isEqualTo(Persistence.DEFAULT_URL);
        assertThat(Persistence.withRequiredH2Settings("jdbc:postgresql://db/x")).isEqualTo("jdbc:postgresql://db/x");
    }

    @Test
    void aFileStoreIsCreatedWithItsDirectoryOnFirstStart(@TempDir Path dir) {
        Path file = dir.resolve("data").resolve("engagement-hub");
        try (HikariDataSource pool = Persistence.pooledDataSource("jdbc:h2:file:" + file, "sa", "")) {
            Persistence.create(pool, PersistenceSettings.unencrypted());
        }

        assertThat(Files.exists(dir.resolve("data").resolve("engagement-hub.mv.db")))
                .isTrue();
    }

    @Test
    void settingsNeverShowTheSecret() {
        assertThat(PersistenceSettings.encryptedWith("hunter2-hunter2-hunter2-hunter2-hunter2")
                        .toString())
                .doesNotContain("hunter2-hunter2-hunter2-hunter2-hunter2");
        assertThat(new PersistenceSettings("  ").credentialSecret()).isNull();
    }
}
