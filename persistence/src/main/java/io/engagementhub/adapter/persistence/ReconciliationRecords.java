package io.engagementhub.adapter.persistence;

import io.engagementhub.adapter.persistence.jooq.tables.records.CampaignReconciliationRecord;
import io.engagementhub.adapter.persistence.jooq.tables.records.CampaignReconciliationTypeRecord;
import io.engagementhub.domain.model.EngagementType;
import io.engagementhub.domain.model.Measure;
import io.engagementhub.domain.model.Reconciliation;
import io.engagementhub.domain.model.ReconciliationStatus;
import io.engagementhub.domain.model.TypeReconciliation;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Maps checks to rows of {@code campaign_reconciliation} (one per campaign) and
 * {@code campaign_reconciliation_type} (one per event type) and back.
 */
final class ReconciliationRecords {

    private ReconciliationRecords() {}

    static CampaignReconciliationRecord toRecord(Reconciliation check) {
        return new CampaignReconciliationRecord(
                check.account(),
                check.campaignId(),
                check.checkedAt(),
                check.providerRefreshedAt(),
                check.sent(),
                check.status().name(),
                check.reason(),
                check.behindSince(),
                check.repairedAt());
    }

    static List<CampaignReconciliationTypeRecord> typeRecords(Reconciliation check) {
        return check.types().entrySet().stream()
                .map(entry -> {
                    TypeReconciliation type = entry.getValue();
                    return new CampaignReconciliationTypeRecord(
                            check.account(),
                            check.campaignId(),
                            TypeCodes.of(entry.getKey()),
                            type.measure() == null ? null : type.measure().name(),
                            type.provider(),
                            type.stored());
                })
                .toList();
    }

    /** The check of {@code row} with the rows of its types, in any order. */
    static Reconciliation fromRecord(CampaignReconciliationRecord row, List<CampaignReconciliationTypeRecord> types) {
        Map<EngagementType, TypeReconciliation> byType = new EnumMap<>(EngagementType.class);
        for (CampaignReconciliationTypeRecord type : types) {
            byType.put(
                    TypeCodes.type(type.getEventType()),
                    new TypeReconciliation(
                            type.getMeasure() == null ? null : Measure.valueOf(type.getMeasure()),
                            type.getProviderTotal(),
                            type.getStoredCount()));
        }
        return new Reconciliation(
                row.getAccount(),
                row.getCampaignId(),
                row.getCheckedAt(),
                row.getProviderRefreshedAt(),
                row.getSent(),
                ReconciliationStatus.valueOf(row.getStatus()),
                byType,
                row.getReason(),
                row.getBehindSince(),
                row.getRepairedAt());
    }
}
