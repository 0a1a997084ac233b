package io.engagementhub.app.sync;

import com.github.kagkarlsson.scheduler.ScheduledExecution;
import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import com.github.kagkarlsson.scheduler.task.schedule.Schedule;
import io.engagementhub.app.config.ClusterSettings;
import io.engagementhub.app.config.ScheduleSettings;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * db-scheduler on the shared database: one execution of task {@value #TASK} per configured
 * account (instance id = account name) in {@code scheduled_tasks}; its data is empty for a regular
 * sync and holds a {@link SharedSyncRequest} while a targeted re-read is waiting. An instance claims a due
 * execution with {@code SELECT ... FOR UPDATE SKIP LOCKED}, so at most one instance runs an
 * account at any moment; its heartbeats keep the claim, and an execution whose heartbeat is older
 * than {@link ClusterSettings#deadAfter()} is revived and claimed by another instance.
 */
final class DatabaseScheduler {

    static final String TASK = "account-sync";
    private static final Logger LOG = LoggerFactory.getLogger(DatabaseScheduler.class);

    private final Scheduler scheduler;
    private final CustomTask<String> task;
    private final AccountSyncExecution execution;
    private final Optional<Duration> every;

    DatabaseScheduler(
            DataSource dataSource,
            AccountSyncExecution execution,
            ScheduleSettings sync,
            ClusterSettings cluster,
            String instanceName) {
        this.execution = execution;
        this.every = sync.interval();
        Schedule schedule = every.<Schedule>map(FixedDelay::of).orElseGet(OnDemandOnly::new);
        execution.schedule(schedule);
        this.task = Tasks.custom(TASK, String.class)
                .onFailureReschedule(schedule)
                .onDeadExecutionRevive()
                .execute(execution);
        this.scheduler = Scheduler.create(dataSource, task)
                .schedulerName(new SchedulerName.Fixed(instanceName))
                .threads(sync.threads())
                .pollingInterval(cluster.poll())
                .heartbeatInterval(cluster.heartbeat())
                .missedHeartbeatsLimit(ClusterSettings.MISSED_HEARTBEATS)
                .pollUsingLockAndFetch(0.5, 1.0)
                .enableImmediateExecution()
                .shutdownMaxWait(Duration.ofSeconds(60))
                .build();
    }

    /** Adds executions for added accounts, removes those of removed ones, and starts polling. */
    void start(Set<String> accounts, Instant now) {
        List<ScheduledExecution<String>> existing = new ArrayList<>();
        scheduler.fetchScheduledExecutionsForTask(TASK, String.class, existing::add);
        for (ScheduledExecution<String> scheduled : existing) {
            String account = scheduled.getTaskInstance().getId();
            if (!accounts.contains(account)) {
                cancelRemoved(scheduled, account);
            } else if (every.isPresent()
                    && !scheduled.isPicked()
                    && scheduled.getExecutionTime().isAfter(now.plus(every.get()))) {
                // The schedule was off, or longer than it is now.
                dueNow(scheduled, now);
            }
        }
        Instant first = every.isPresent() ? now : Schedule.NEVER;
        for (String account : accounts) {
            if (scheduler.scheduleIfNotExists(task.instance(account), first)) {
                LOG.info("account '{}' added to the shared schedule", account);
            }
        }
        scheduler.start();
    }

    private void dueNow(ScheduledExecution<String> scheduled, Instant now) {
        try {
            scheduler.reschedule(scheduled.getTaskInstance(), now);
        } catch (RuntimeException e) {
            // Another instance starting at the same time claimed or moved it first.
            LOG.debug(
                    "account '{}' not rescheduled: {}",
                    scheduled.getTaskInstance().getId(),
                    e.getMessage());
        }
    }

    private void cancelRemoved(ScheduledExecution<String> scheduled, String account) {
        try {
            scheduler.cancel(scheduled.getTaskInstance());
            LOG.info("account '{}' is no longer configured; removed from the shared schedule", account);
        } catch (RuntimeException e) {
            LOG.warn("account '{}' is no longer configured but could not be removed now: {}", account, e.getMessage());
        }
    }

    /** When the account's execution is next due, unless it is picked (running) or never due. */
    Optional<Instant> nextRun(String account) {
        return scheduler
                .getScheduledExecution(TaskInstanceId.of(TASK, account))
                .filter(execution -> !execution.isPicked())
                .map(ScheduledExecution::getExecutionTime)
                .filter(time -> time.isBefore(Schedule.NEVER));
    }

    /** The scheduler, which is also the client of the shared schedule. */
    Scheduler client() {
        return scheduler;
    }

    /** Asks running syncs to stop after their page, waits for them, and stops polling. */
    void stop() {
        execution.stop();
        scheduler.stop();
    }

    /** A schedule for {@code engagement.sync.every: off}: executions run only when triggered. */
    private static final class OnDemandOnly implements Schedule {

        @Override
        public Instant getNextExecutionTime(com.github.kagkarlsson.scheduler.task.ExecutionComplete complete) {
            return NEVER;
        }

        @Override
        public boolean isDeterministic() {
            return true;
        }
    }
}
