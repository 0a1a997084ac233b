package io.engagementhub.app.sync.planted;

import io.engagementhub.domain.model.SyncRun;
import io.engagementhub.domain.model.SyncStatus;
import io.engagementhub.domain.port.out.SyncRunStore;
import java.time.Instant;

/** Planted violation: app code outside the composition root writing the run history itself. */
public class SchedulerFailingRuns {
    public void fail(SyncRunStore runs, String account) {
        for (SyncRun run : runs.recent(account, 20)) {
            if (run.status() == SyncStatus.RUNNING) {
                runs.save(run.finished(SyncStatus.FAILED, Instant.now(), run.figures(), run.failures(), "left over"));
            }
        }
    }
}
