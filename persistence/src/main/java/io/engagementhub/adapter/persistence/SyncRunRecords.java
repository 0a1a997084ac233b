package io.engagementhub.adapter.persistence;

import io.engagementhub.adapter.persistence.jooq.tables.records.SyncRunFailureRecord;
import io.engagementhub.adapter.persistence.jooq.tables.records.SyncRunRecord;
import io.engagementhub.domain.model.StreamFailure;
import io.engagementhub.domain.model.SyncFigures;
import io.engagementhub.domain.model.SyncRun;
import io.engagementhub.domain.model.SyncRunId;
import io.engagementhub.domain.model.SyncStatus;
import io.engagementhub.domain.model.SyncTarget;
import java.util.ArrayList;
import java.util.List;

/** Maps sync runs to rows of {@code sync_run} and {@code sync_run_failure} and back. */
final class SyncRunRecords {

    private SyncRunRecords() {}

    /** The row of {@code run}; {@code instance} is recorded where the run names none. */
    static SyncRunRecord toRecord(SyncRun run, String instance) {
        SyncFigures figures = run.figures();
        SyncRunRecord row = new SyncRunRecord(
                run.id().value(),
                run.account(),
                run.status().name(),
                run.startedAt(),
                run.finishedAt(),
                figures.requests(),
                figures.eventsRead(),
                figures.eventsStored(),
                figures.eventsRejected(),
                figures.streamsDone(),
                figures.streamsUnchanged(),
                figures.streamsFailed(),
                run.message(),
                figures.eventsSuppressed(),
                run.instance() == null ? instance : run.instance(),
                run.target() == null ? null : run.target().from(),
                run.target() == null ? null : run.target().to(),
                run.target() == null ? null : run.target().campaignId(),
                run.target() != null && run.target().repair());
        return row;
    }

    static List<SyncRunFailureRecord> failureRecords(SyncRun run) {
        List<SyncRunFailureRecord> rows = new ArrayList<>();
        for (int i = 0; i < run.failures().size(); i++) {
            StreamFailure failure = run.failures().get(i);
            rows.add(new SyncRunFailureRecord(run.id().value(), i, failure.streamKey(), failure.reason()));
        }
        return rows;
    }

    /** The run of {@code row} with {@code failures}, which are in their saved order. */
    static SyncRun fromRecord(SyncRunRecord row, List<SyncRunFailureRecord> failures) {
        SyncFigures figures = new SyncFigures(
                row.getRequests(),
                row.getEventsRead(),
                row.getEventsStored(),
                row.getEventsRejected(),
                row.getEventsSuppressed(),
                row.getStreamsDone(),
                row.getStreamsUnchanged(),
                row.getStreamsFailed());
        return new SyncRun(
                new SyncRunId(row.getRunId()),
                row.getAccount(),
                SyncStatus.valueOf(row.getStatus()),
                row.getStartedAt(),
                row.getFinishedAt(),
                figures,
                failures.stream()
                        .map(f -> new StreamFailure(f.getStreamKey(), f.getReason()))
                        .toList(),
                row.getMessage(),
                row.getInstanceName(),
                target(row));
    }

    /** The target of a targeted re-read's row, or null for a regular sync's. */
    private static SyncTarget target(SyncRunRecord row) {
        if (row.getTargetFrom() == null && row.getTargetTo() == null && row.getTargetCampaign() == null) {
            return null;
        }
        return new SyncTarget(
                row.getTargetFrom(),
                row.getTargetTo(),
                row.getTargetCampaign(),
                Boolean.TRUE.equals(row.getTargetRepair()));
    }
}
