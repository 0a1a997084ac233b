package io.engagementhub.app.sync;

import io.engagementhub.app.config.ClusterSettings;
import io.engagementhub.app.config.ScheduleSettings;
import io.engagementhub.app.ops.SyncRunReporter;
import io.engagementhub.domain.model.SyncRun;
import io.engagementhub.domain.port.in.SyncAccountCommand;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The schedule shared by every instance on one database (PostgreSQL): db-scheduler's table holds
 * each account's sync, and whichever instance claims it runs it ({@link DatabaseScheduler}).
 * Runs left RUNNING by a stopped instance are failed by whichever instance next claims the
 * account, not at start: only then is it known that no instance is running them.
 */
public final class SharedSchedule implements SyncSchedule {

    private static final Logger LOG = LoggerFactory.getLogger(SharedSchedule.class);
    /** How long an on-demand request waits for its run to begin beyond one poll. */
    private static final Duration BEGIN_GRACE = Duration.ofSeconds(5);

    private final DatabaseScheduler scheduler;
    private final DatabaseSyncTrigger trigger;
    private final SyncPorts ports;
    private final String instanceName;

    public SharedSchedule(
            SyncPorts ports,
            SyncRunReporter reporter,
            DataSource dataSource,
            ScheduleSettings sync,
            ClusterSettings cluster,
            String instanceName) {
        this.ports = ports;
        this.instanceName = instanceName;
        this.scheduler = new DatabaseScheduler(
                dataSource, new AccountSyncExecution(ports, reporter), sync, cluster, instanceName);
        this.trigger = new DatabaseSyncTrigger(
                scheduler.client(), ports, cluster.poll().plus(BEGIN_GRACE));
    }

    @Override
    public void start() {
        LOG.info(
                "instance {}: syncs are claimed through the shared schedule in the database (db-scheduler)",
                instanceName);
        scheduler.start(ports.sources().accounts(), Instant.now());
    }

    @Override
    public Optional<SyncRun> syncNow(SyncAccountCommand command) {
        return ScheduleDatabase.call(() -> trigger.trigger(command));
    }

    /** Empty also while an instance is running the account. */
    @Override
    public Optional<Instant> nextRun(String account) {
        return ScheduleDatabase.call(() -> scheduler.nextRun(account));
    }

    @Override
    public void stop() {
        scheduler.stop();
    }
}
