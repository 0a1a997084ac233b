package io.engagementhub.domain.model;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One sync of one account: its status, figures, and the streams that failed.
 *
 * @param id the run's id
 * @param account the account synced
 * @param status where the run stands
 * @param startedAt when it started
 * @param finishedAt when it finished, null while {@link SyncStatus#RUNNING}
 * @param figures what it did
 * @param failures the streams that failed, with their reason
 * @param message why the run as a whole failed or stopped early (auth, quota, stop request,
 *     storage), or null
 * @param instance the name of the service instance that ran it, or null where not recorded (runs
 *     saved before instances were named, stores that do not record it)
 * @param target what a targeted re-read covered, or null for a regular sync
 */
public record SyncRun(
        SyncRunId id,
        String account,
        SyncStatus status,
        Instant startedAt,
        Instant finishedAt,
        SyncFigures figures,
        List<StreamFailure> failures,
        String message,
        String instance,
        SyncTarget target) {

    public SyncRun {
        Objects.requireNonNull(id, "sync run id must not be null");
        Require.nonBlank(account, "account");
        Objects.requireNonNull(status, "status must not be null");
        Objects.requireNonNull(startedAt, "startedAt must not be null");
        if ((status == SyncStatus.RUNNING) != (finishedAt == null)) {
            throw new IllegalArgumentException("finishedAt must be set exactly when the run is no longer running");
        }
        Objects.requireNonNull(figures, "figures must not be null");
        failures = List.copyOf(failures);
        Require.nullOrNonBlank(message, "message");
        Require.nullOrNonBlank(instance, "instance");
    }

    /** A regular sync's run that starts now. */
    public static SyncRun started(SyncRunId id, String account, Instant startedAt) {
        return started(id, account, startedAt, null);
    }

    /** A run that starts now, of a targeted re-read of {@code target} (null: a regular sync). */
    public static SyncRun started(SyncRunId id, String account, Instant startedAt, SyncTarget target) {
        return new SyncRun(
                id, account, SyncStatus.RUNNING, startedAt, null, SyncFigures.NONE, List.of(), null, null, target);
    }

    /** This run, still running, with the figures reached so far. */
    public SyncRun progressed(SyncFigures sofar) {
        if (status != SyncStatus.RUNNING) {
            throw new IllegalStateException("run " + id + " has finished; its figures are final");
        }
        return new SyncRun(id, account, status, startedAt, null, sofar, failures, message, instance, target);
    }

    /** This run, finished. */
    public SyncRun finished(
            SyncStatus outcome, Instant at, SyncFigures result, List<StreamFailure> streamFailures, String why) {
        if (outcome == SyncStatus.RUNNING) {
            throw new IllegalArgumentException("a finished run cannot be RUNNING");
        }
        return new SyncRun(id, account, outcome, startedAt, at, result, streamFailures, why, instance, target);
    }

    /** How long the finished run took. */
    public Duration took() {
        if (finishedAt == null) {
            throw new IllegalStateException("run " + id + " is still running");
        }
        return Duration.between(startedAt, finishedAt);
    }

    /** This run, recorded as run by the service instance {@code name}. */
    public SyncRun ranBy(String name) {
        return new SyncRun(id, account, status, startedAt, finishedAt, figures, failures, message, name, target);
    }
}
