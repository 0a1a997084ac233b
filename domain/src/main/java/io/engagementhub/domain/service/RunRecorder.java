package io.engagementhub.domain.service;

import io.engagementhub.domain.model.SyncRun;
import io.engagementhub.domain.port.in.StopSignal;
import io.engagementhub.domain.port.out.StoreUnavailableException;
import io.engagementhub.domain.port.out.SyncRunStore;
import java.time.Duration;

/**
 * Saves a finished run, offering it again while the store is unavailable: a run broken off by a
 * database outage is then recorded (FAILED, with its reason) as soon as the database is back,
 * instead of staying RUNNING in the history. Gives up when a stop is requested or its patience
 * runs out; any other store failure is thrown at once.
 */
record RunRecorder(SyncRunStore runs, Duration patience) {

    void record(SyncRun finished, StopSignal stop) {
        long giveUpAt = System.nanoTime() + patience.toNanos();
        Patience.WITH_A_DATABASE.run(
                () -> runs.save(finished),
                StoreUnavailableException.class::isInstance,
                () -> stop.stopRequested() || System.nanoTime() - giveUpAt >= 0);
    }
}
