package io.engagementhub.app.sync;

import io.engagementhub.app.config.ScheduleSettings;
import io.engagementhub.app.ops.SyncRunReporter;
import io.engagementhub.domain.model.SyncRun;
import io.engagementhub.domain.port.in.SyncAccountCommand;
import io.micronaut.scheduling.TaskScheduler;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The schedule of a single instance (H2): runs a previous process left RUNNING are failed at
 * start, then every account is synced in this process at once and every {@code
 * engagement.sync.every}; on-demand syncs run here too.
 */
public final class InProcessSchedule implements SyncSchedule {

    private static final Logger LOG = LoggerFactory.getLogger(InProcessSchedule.class);

    private final SyncRunner runner;
    private final ScheduleSettings settings;
    private final TaskScheduler scheduler;
    private final String instanceName;
    /** When this process's next round of syncs starts; null while one runs or with the schedule off. */
    private final AtomicReference<Instant> nextRound = new AtomicReference<>();

    public InProcessSchedule(
            SyncPorts ports,
            SyncRunReporter reporter,
            ScheduleSettings settings,
            TaskScheduler scheduler,
            String instanceName) {
        this.runner = new SyncRunner(ports.syncs(), ports.sources(), reporter, settings.threads());
        this.settings = settings;
        this.scheduler = scheduler;
        this.instanceName = instanceName;
    }

    @Override
    public void start() {
        runner.failInterruptedRuns();
        settings.interval()
                .ifPresentOrElse(
                        every -> {
                            LOG.info("syncing every account now and then every {}", every);
                            nextRound.set(Instant.now());
                            scheduler.scheduleWithFixedDelay(Duration.ZERO, every, () -> round(every));
                        },
                        () -> LOG.info(
                                "scheduled sync is off (engagement.sync.every=off); sync on demand via the API"));
    }

    private void round(Duration every) {
        nextRound.set(null);
        try {
            runner.syncAll();
        } finally {
            nextRound.set(Instant.now().plus(every));
        }
    }

    @Override
    public Optional<SyncRun> syncNow(SyncAccountCommand command) {
        return Optional.of(runner.start(command).ranBy(instanceName));
    }

    @Override
    public Optional<Instant> nextRun(String account) {
        return Optional.ofNullable(nextRound.get());
    }

    @Override
    public void stop() {
        runner.stop();
    }
}
