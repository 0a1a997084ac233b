package io.engagementhub.app.wiring;

import io.engagementhub.adapter.persistence.Persistence;
import io.engagementhub.adapter.persistence.PersistenceSettings;
import io.engagementhub.adapter.persistence.PersistenceStores;
import io.engagementhub.app.config.ClusterSettings;
import io.engagementhub.app.config.ScheduleSettings;
import io.engagementhub.app.ops.SyncRunReporter;
import io.engagementhub.app.sync.InProcessSchedule;
import io.engagementhub.app.sync.SharedSchedule;
import io.engagementhub.app.sync.SyncPorts;
import io.engagementhub.app.sync.SyncSchedule;
import io.engagementhub.domain.port.in.QuerySyncRunsUseCase;
import io.engagementhub.domain.port.in.SyncAccountUseCase;
import io.engagementhub.domain.port.out.EngagementSources;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.TaskScheduler;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import javax.sql.DataSource;

/**
 * Chooses where syncs are scheduled, once: in the database when several instances can share it
 * (PostgreSQL, db-scheduler; ADR 0008), else in this process (H2). Nothing else in the service
 * asks which.
 */
@Factory
final class ScheduleFactory {

    /** Built after the migration, which creates db-scheduler's table; stopped before the pool closes. */
    @Singleton
    @Bean(preDestroy = "stop")
    SyncSchedule schedule(
            DataSource dataSource,
            PersistenceStores migrated,
            SyncAccountUseCase syncs,
            QuerySyncRunsUseCase runs,
            EngagementSources sources,
            SyncRunReporter reporter,
            ScheduleSettings settings,
            ClusterSettings cluster,
            @Named(TaskExecutors.SCHEDULED) TaskScheduler scheduler) {
        SyncPorts ports = new SyncPorts(syncs, runs, sources);
        String instance = PersistenceSettings.unencrypted()
                .withInstanceName(cluster.instanceName())
                .instanceName();
        return Persistence.shareable(dataSource)
                ? new SharedSchedule(ports, reporter, dataSource, settings, cluster, instance)
                : new InProcessSchedule(ports, reporter, settings, scheduler, instance);
    }
}
