package io.engagementhub.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.engagementhub.domain.model.SyncRun;
import io.engagementhub.domain.model.SyncRunId;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Runs record the service instance that ran them. */
class SyncRunInstanceTest {

    @Test
    void aRunNamingNoInstanceIsRecordedUnderTheStoresInstanceAndKeepsItWhenFinished() {
        try (TestDatabase db = TestDatabase.h2()) {
            var runs = db.stores(PersistenceSettings.unencrypted().withInstanceName("replica-2"))
                    .syncRuns();
            SyncRun run = SyncRun.started(SyncRunId.random(), "acme", Instant.parse("2026-01-01T00:00:00Z"));

            runs.save(run);

            assertThat(runs.find(run.id()).orElseThrow().instance()).isEqualTo("replica-2");
        }
    }

    @Test
    void aRunNamingItsInstanceKeepsIt() {
        try (TestDatabase db = TestDatabase.h2()) {
            var runs = db.stores(PersistenceSettings.unencrypted().withInstanceName("replica-2"))
                    .syncRuns();
            SyncRun run = SyncRun.started(SyncRunId.random(), "acme", Instant.parse("2026-01-01T00:00:00Z"))
                    .ranBy("replica-1");

            runs.save(run);

            assertThat(runs.find(run.id()).orElseThrow().instance()).isEqualTo("replica-1");
        }
    }

    @Test
    void withoutANameTheInstanceIsTheHostName() {
        assertThat(PersistenceSettings.unencrypted().instanceName()).isEqualTo(PersistenceSettings.hostName());
        assertThat(PersistenceSettings.unencrypted().withInstanceName("  ").instanceName())
                .isEqualTo(PersistenceSettings.hostName());
    }
}
