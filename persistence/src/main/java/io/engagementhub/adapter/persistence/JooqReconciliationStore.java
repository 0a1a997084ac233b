package io.engagementhub.adapter.persistence;

import static io.engagementhub.adapter.persistence.jooq.Tables.CAMPAIGN_RECONCILIATION;
import static io.engagementhub.adapter.persistence.jooq.Tables.CAMPAIGN_RECONCILIATION_TYPE;

import io.engagementhub.adapter.persistence.jooq.tables.records.CampaignReconciliationRecord;
import io.engagementhub.adapter.persistence.jooq.tables.records.CampaignReconciliationTypeRecord;
import io.engagementhub.domain.model.Reconciliation;
import io.engagementhub.domain.model.ReconciliationStatus;
import io.engagementhub.domain.model.Require;
import io.engagementhub.domain.port.out.ReconciliationStore;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * The {@link ReconciliationStore} on jOOQ: a check is a {@code campaign_reconciliation} row and a
 * {@code campaign_reconciliation_type} row per type, replaced together in one transaction. The row
 * is updated, or inserted when there is none; the update (or the insert) locks it, so a concurrent
 * save of the same campaign waits, and one whose insert loses the race is run again by
 * {@link RaceRetry}. The last save wins, whole.
 */
record JooqReconciliationStore(DSLContext dsl, RaceRetry retry) implements ReconciliationStore {

    JooqReconciliationStore(DSLContext dsl) {
        this(dsl, RaceRetry.forData("reconciliation-store"));
    }

    @Override
    public void save(Reconciliation reconciliation) {
        Objects.requireNonNull(reconciliation, "reconciliation");
        CampaignReconciliationRecord row = ReconciliationRecords.toRecord(reconciliation);
        List<CampaignReconciliationTypeRecord> types = ReconciliationRecords.typeRecords(reconciliation);
        retry.run(
                "saving the check of campaign " + row.getCampaignId() + " of account " + row.getAccount(),
                () -> dsl.transactionResult(tx -> {
                    replace(tx.dsl(), row, types);
                    return null;
                }));
    }

    private static void replace(
            DSLContext tx, CampaignReconciliationRecord row, List<CampaignReconciliationTypeRecord> types) {
        var key = CAMPAIGN_RECONCILIATION
                .CAMPAIGN_ID
                .eq(row.getCampaignId())
                .and(CAMPAIGN_RECONCILIATION.ACCOUNT.eq(row.getAccount()));
        int updated = tx.update(CAMPAIGN_RECONCILIATION).set(row).where(key).execute();
        if (updated == 0) {
            // a concurrent first save makes this insert fail on the key; RaceRetry runs it all again
            tx.insertInto(CAMPAIGN_RECONCILIATION).set(row).execute();
        }
        tx.deleteFrom(CAMPAIGN_RECONCILIATION_TYPE)
                .where(CAMPAIGN_RECONCILIATION_TYPE.CAMPAIGN_ID.eq(row.getCampaignId()))
                .and(CAMPAIGN_RECONCILIATION_TYPE.ACCOUNT.eq(row.getAccount()))
                .execute();
        if (!types.isEmpty()) {
            tx.insertInto(CAMPAIGN_RECONCILIATION_TYPE, CAMPAIGN_RECONCILIATION_TYPE.fields())
                    .valuesOfRecords(types)
                    .execute();
        }
    }

    @Override
    public Map<String, Reconciliation> find(String account, Set<String> campaignIds) {
        Require.nonBlank(account, "account");
        if (campaignIds.isEmpty()) {
            return Map.of();
        }
        return retry.run(
                "reading the checks of " + campaignIds.size() + " campaigns of account " + account,
                () -> dsl.transactionResult(tx -> {
                    List<CampaignReconciliationRecord> rows = new ArrayList<>();
                    for (List<String> chunk : Chunks.of(tx.dsl(), campaignIds)) {
                        rows.addAll(tx.dsl()
                                .selectFrom(CAMPAIGN_RECONCILIATION)
                                .where(Chunks.in(tx.dsl(), CAMPAIGN_RECONCILIATION.CAMPAIGN_ID, chunk))
                                .and(CAMPAIGN_RECONCILIATION.ACCOUNT.eq(account))
                                .fetch());
                    }
                    Map<String, Reconciliation> found = new HashMap<>();
                    withTypes(tx.dsl(), account, rows).forEach(check -> found.put(check.campaignId(), check));
                    return found;
                }));
    }

    @Override
    public List<Reconciliation> unsettled(String account, Instant since, int limit) {
        Require.nonBlank(account, "account");
        Objects.requireNonNull(since, "since");
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive, was " + limit);
        }
        return retry.run(
                "listing the unsettled checks of account " + account,
                () -> dsl.transactionResult(tx -> withTypes(
                        tx.dsl(),
                        account,
                        tx.dsl()
                                .selectFrom(CAMPAIGN_RECONCILIATION)
                                .where(CAMPAIGN_RECONCILIATION.ACCOUNT.eq(account))
                                .and(CAMPAIGN_RECONCILIATION.CHECKED_AT.ge(since))
                                .and(CAMPAIGN_RECONCILIATION.STATUS.ne(ReconciliationStatus.COMPLETE.name()))
                                .orderBy(CAMPAIGN_RECONCILIATION.CHECKED_AT, CAMPAIGN_RECONCILIATION.CAMPAIGN_ID)
                                .limit(limit)
                                .fetch())));
    }

    @Override
    public long missingEvents(String account) {
        Require.nonBlank(account, "account");
        var type = CAMPAIGN_RECONCILIATION_TYPE;
        BigDecimal missing = retry.run("summing the missing events of account " + account, () -> dsl.select(
                        DSL.sum(type.PROVIDER_TOTAL.minus(type.STORED_COUNT)))
                .from(type)
                .where(type.ACCOUNT.eq(account))
                .and(type.PROVIDER_TOTAL.gt(type.STORED_COUNT))
                .fetchOne(0, BigDecimal.class));
        return missing == null ? 0 : missing.longValueExact();
    }

    /** The checks of {@code rows} with their types, in the order of the rows. */
    private static List<Reconciliation> withTypes(
            DSLContext tx, String account, Collection<CampaignReconciliationRecord> rows) {
        Map<String, List<CampaignReconciliationTypeRecord>> types = new HashMap<>();
        List<String> ids =
                rows.stream().map(CampaignReconciliationRecord::getCampaignId).toList();
        for (List<String> chunk : Chunks.of(tx, ids)) {
            types.putAll(tx
                    .selectFrom(CAMPAIGN_RECONCILIATION_TYPE)
                    .where(Chunks.in(tx, CAMPAIGN_RECONCILIATION_TYPE.CAMPAIGN_ID, chunk))
                    .and(CAMPAIGN_RECONCILIATION_TYPE.ACCOUNT.eq(account))
                    .fetch()
                    .stream()
                    .collect(Collectors.groupingBy(CampaignReconciliationTypeRecord::getCampaignId)));
        }
        return rows.stream()
                .map(row -> ReconciliationRecords.fromRecord(row, types.getOrDefault(row.getCampaignId(), List.of())))
                .toList();
    }
}
