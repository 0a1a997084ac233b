package io.engagementhub.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.engagementhub.domain.model.SyncRun;
import io.engagementhub.domain.model.SyncRunId;
import io.engagementhub.domain.port.out.SyncRunStore;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Runs record the service instance that ran them. */
class SyncRunInstanceTest {

    static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void aRunNamingNoInstanceIsRecordedUnderTheStoresInstanceAndKeepsItWhenFinished() {
        try (TestDatabase db = TestDatabase.h2()) {
            SyncRunStore runs = runsOfReplica2(db);
            SyncRun run = SyncRun.started(SyncRunId.random(), "acme", T0);

            runs.save(run);

            assertThat(runs.find(run.id()).orElseThrow().instance()).isEqualTo("replica-2");
        }
    }

    @Test
    void aRunNamingItsInstanceKeepsIt() {
        try (TestDatabase db = TestDatabase.h2()) {
            SyncRunStore runs = runsOfReplica2(db);
            SyncRun run = SyncRun.started(SyncRunId.random(), "acme", T0).ranBy("replica-1");

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

    /** The run store of {@code db} as the instance named {@code replica-2} sees it. */
    private static SyncRunStore runsOfReplica2(TestDatabase db) {
        return db.stores(PersistenceSettings.unencrypted().withInstanceName("replica-2"))
                .sync()
                .runs();
    }
}
