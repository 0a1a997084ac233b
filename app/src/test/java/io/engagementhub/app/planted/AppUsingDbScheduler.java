package io.engagementhub.app.planted;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import java.time.Instant;

/** Planted violation: the shared schedule used outside the sync package. */
public class AppUsingDbScheduler {
    public boolean runNow(SchedulerClient schedule) {
        return schedule.reschedule(TaskInstanceId.of("account-sync", "acme"), Instant.now());
    }
}
