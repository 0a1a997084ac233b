package io.engagementhub.adapter.persistence;

import static io.engagementhub.adapter.persistence.jooq.Tables.SYNC_RUN;
import static io.engagementhub.adapter.persistence.jooq.Tables.SYNC_RUN_FAILURE;

import io.engagementhub.adapter.persistence.jooq.tables.records.SyncRunFailureRecord;
import io.engagementhub.adapter.persistence.jooq.tables.records.SyncRunRecord;
import io.engagementhub.domain.model.Require;
import io.engagementhub.domain.model.SyncRun;
import io.engagementhub.domain.model.SyncRunId;
import io.engagementhub.domain.port.out.SyncRunStore;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jooq.DSLContext;

/**
 * The {@link SyncRunStore} on jOOQ: a run row and its failures, replaced together in one
 * transaction. A run that names no instance is recorded as run by this store's instance.
 */
final class JooqSyncRunStore implements SyncRunStore {

    private final DSLContext dsl;
    private final String instance;
    private final RaceRetry retry = RaceRetry.forData("sync-run-store");

    JooqSyncRunStore(DSLContext dsl, String instance) {
        this.dsl = Objects.requireNonNull(dsl, "dsl");
        this.instance = Objects.requireNonNull(instance, "instance");
    }

    @Override
    public void save(SyncRun run) {
        Objects.requireNonNull(run, "run");
        SyncRunRecord row = SyncRunRecords.toRecord(run, instance);
        List<SyncRunFailureRecord> failures = SyncRunRecords.failureRecords(run);
        retry.run(
                "saving sync run " + run.id(),
                () -> dsl.transactionResult(tx -> {
                    upsert(tx.dsl(), row);
                    tx.dsl()
                            .deleteFrom(SYNC_RUN_FAILURE)
                            .where(SYNC_RUN_FAILURE.RUN_ID.eq(row.getRunId()))
                            .execute();
                    if (!failures.isEmpty()) {
                        tx.dsl()
                                .insertInto(SYNC_RUN_FAILURE, SYNC_RUN_FAILURE.fields())
                                .valuesOfRecords(failures)
                                .execute();
                    }
                    return null;
                }));
    }

    /** Update, else insert: portable SQL, see {@code JooqEventStore.saveCheckpoint}. */
    private static void upsert(DSLContext tx, SyncRunRecord row) {
        int updated = tx.update(SYNC_RUN)
                .set(row)
                .where(SYNC_RUN.RUN_ID.eq(row.getRunId()))
                .execute();
        if (updated == 0) {
            tx.insertInto(SYNC_RUN).set(row).execute();
        }
    }

    @Override
    public Optional<SyncRun> find(SyncRunId id) {
        Objects.requireNonNull(id, "id");
        return retry.run(
                "reading sync run " + id,
                () -> dsl.transactionResult(tx -> tx.dsl()
                        .selectFrom(SYNC_RUN)
                        .where(SYNC_RUN.RUN_ID.eq(id.value()))
                        .fetchOptional()
                        .map(row -> SyncRunRecords.fromRecord(
                                row,
                                failuresOf(tx.dsl(), List.of(row.getRunId()))
                                        .getOrDefault(row.getRunId(), List.of())))));
    }

    @Override
    public List<SyncRun> recent(String account, int limit) {
        Require.nonBlank(account, "account");
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive, was " + limit);
        }
        return retry.run(
                "listing the sync runs of account " + account,
                () -> dsl.transactionResult(tx -> {
                    List<SyncRunRecord> rows = tx.dsl()
                            .selectFrom(SYNC_RUN)
                            .where(SYNC_RUN.ACCOUNT.eq(account))
                            .orderBy(SYNC_RUN.STARTED_AT.desc(), SYNC_RUN.RUN_ID.desc())
                            .limit(limit)
                            .fetch();
                    Map<String, List<SyncRunFailureRecord>> failures = failuresOf(
                            tx.dsl(), rows.stream().map(SyncRunRecord::getRunId).toList());
                    return rows.stream()
                            .map(row ->
                                    SyncRunRecords.fromRecord(row, failures.getOrDefault(row.getRunId(), List.of())))
                            .toList();
                }));
    }

    private static Map<String, List<SyncRunFailureRecord>> failuresOf(DSLContext dsl, Collection<String> runIds) {
        if (runIds.isEmpty()) {
            return Map.of();
        }
        return dsl
                .selectFrom(SYNC_RUN_FAILURE)
                .where(SYNC_RUN_FAILURE.RUN_ID.in(runIds))
                .orderBy(SYNC_RUN_FAILURE.RUN_ID, SYNC_RUN_FAILURE.ORDINAL)
                .fetch()
                .stream()
                .collect(Collectors.groupingBy(SyncRunFailureRecord::getRunId));
    }
}
