package io.engagementhub.app.sync;

import io.engagementhub.app.config.ClusterSettings;
import io.engagementhub.app.config.ScheduleSettings;
import io.engagementhub.domain.model.SyncRun;
import io.engagementhub.domain.port.in.SyncAccountCommand;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The schedule shared by every instance on the database, when there is one to share (PostgreSQL);
 * inactive on H2, where {@link SyncScheduler} schedules in this process.
 */
@Singleton
final class SharedSchedule {

    private static final Logger LOG = LoggerFactory.getLogger(SharedSchedule.class);
    /** How long an on-demand request waits for its run to begin beyond one poll. */
    private static final Duration BEGIN_GRACE = Duration.ofSeconds(5);

    private final DatabaseScheduler scheduler;
    private final DatabaseSyncTrigger trigger;
    private final SyncCoordination coordination;

    SharedSchedule(
            SyncCoordination coordination,
            DataSource dataSource,
            AccountSyncExecution execution,
            ScheduleSettings sync,
            ClusterSettings cluster) {
        this.coordination = coordination;
        if (coordination.viaDatabase()) {
            this.scheduler = new DatabaseScheduler(dataSource, execution, sync, cluster, coordination.instanceName());
            this.trigger = new DatabaseSyncTrigger(
                    scheduler.client(), execution.ports(), cluster.poll().plus(BEGIN_GRACE));
        } else {
            this.scheduler = null;
            this.trigger = null;
        }
    }

    String instanceName() {
        return coordination.instanceName();
    }

    boolean active() {
        return scheduler != null;
    }

    void start() {
        LOG.info(
                "instance {}: syncs are claimed through the shared schedule in the database (db-scheduler)",
                coordination.instanceName());
        scheduler.start(trigger.accounts(), Instant.now());
    }

    /** When the shared schedule next runs {@code account}, unless an instance is running it or it never runs. */
    Optional<Instant> nextRun(String account) {
        return ScheduleDatabase.call(() -> scheduler.nextRun(account));
    }

    Optional<SyncRun> trigger(SyncAccountCommand command) {
        return ScheduleDatabase.call(() -> trigger.trigger(command));
    }

    @PreDestroy
    void stop() {
        if (scheduler != null) {
            scheduler.stop();
        }
    }
}
