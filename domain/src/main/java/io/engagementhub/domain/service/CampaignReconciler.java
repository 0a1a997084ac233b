package io.engagementhub.domain.service;

import io.engagementhub.domain.model.CampaignStatistics;
import io.engagementhub.domain.model.EngagementType;
import io.engagementhub.domain.model.ProviderCount;
import io.engagementhub.domain.model.ProviderTotals;
import io.engagementhub.domain.model.ProviderTotalsRead;
import io.engagementhub.domain.model.Reconciliation;
import io.engagementhub.domain.model.ReconciliationStatus;
import io.engagementhub.domain.model.TypeReconciliation;
import io.engagementhub.domain.port.out.EngagementSource;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks campaigns' stored events against the provider's own totals, once per sync, and names the
 * campaigns that stayed behind long enough to be re-read. It reads the totals of the campaigns
 * whose events changed in the run and of those whose last check was behind or ahead; a campaign
 * without a provider total stays {@code UNKNOWN} and is not read again until its events change.
 */
final class CampaignReconciler {

    private final String account;
    private final EngagementSource source;
    private final SyncStores stores;
    private final ReconciliationSettings settings;

    CampaignReconciler(String account, EngagementSource source, SyncStores stores, ReconciliationSettings settings) {
        this.account = account;
        this.source = source;
        this.stores = stores;
        this.settings = settings;
    }

    /**
     * Checks the campaigns {@code changed} in this run and those not yet settled.
     *
     * @return the check's outcome: the requests the totals took and the campaigns due for a repair
     */
    Outcome check(Set<String> changed, Instant now) {
        Set<String> campaigns = new LinkedHashSet<>();
        for (String campaignId : changed) {
            if (campaigns.size() < settings.campaignsPerSync()) {
                campaigns.add(campaignId);
            }
        }
        for (Reconciliation open : stores.reconciliations()
                .unsettled(account, now.minus(settings.lookback()), settings.campaignsPerSync())) {
            if (campaigns.size() < settings.campaignsPerSync() && open.status() != ReconciliationStatus.UNKNOWN) {
                campaigns.add(open.campaignId());
            }
        }
        if (campaigns.isEmpty()) {
            return new Outcome(0, List.of());
        }
        ProviderTotalsRead read = source.totals(campaigns);
        List<String> due = new ArrayList<>();
        for (Reconciliation checked : save(campaigns, read, now, false)) {
            if (isDue(checked, now)) {
                due.add(checked.campaignId());
            }
        }
        return new Outcome(read.requests(), due);
    }

    /** Checks one campaign again right after it was re-read to repair it; answers the requests taken. */
    int checkRepaired(String campaignId, Instant now) {
        ProviderTotalsRead read = source.totals(Set.of(campaignId));
        save(Set.of(campaignId), read, now, true);
        return read.requests();
    }

    private List<Reconciliation> save(Set<String> campaigns, ProviderTotalsRead read, Instant now, boolean repaired) {
        Map<String, ProviderTotals> totals = new HashMap<>();
        read.totals().forEach(t -> totals.put(t.campaignId(), t));
        Map<String, Reconciliation> previous = stores.reconciliations().find(account, campaigns);
        List<Reconciliation> saved = new ArrayList<>();
        for (String campaignId : campaigns) {
            CampaignStatistics stored = stores.events().statistics(account, campaignId);
            Reconciliation checked = compare(stored, totals.get(campaignId), previous.get(campaignId), now, repaired);
            stores.reconciliations().save(checked);
            saved.add(checked);
        }
        return saved;
    }

    private Reconciliation compare(
            CampaignStatistics stored, ProviderTotals totals, Reconciliation previous, Instant now, boolean repaired) {
        Map<EngagementType, TypeReconciliation> types = new EnumMap<>(EngagementType.class);
        for (EngagementType type : EngagementType.values()) {
            ProviderCount total = totals == null ? null : totals.counts().get(type);
            if (total != null || stored.of(type).total() > 0) {
                types.put(type, TypeReconciliation.of(total, stored.of(type)));
            }
        }
        ReconciliationStatus status = Reconciliation.statusOf(types);
        boolean wasBehind = previous != null && previous.status() == ReconciliationStatus.BEHIND;
        Instant behindSince = status != ReconciliationStatus.BEHIND
                ? null
                : wasBehind && previous.behindSince() != null ? previous.behindSince() : now;
        Instant repairedAt = repaired ? now : previous == null ? null : previous.repairedAt();
        return new Reconciliation(
                account,
                stored.campaignId(),
                now,
                totals == null ? null : totals.refreshedAt(),
                totals == null ? null : totals.sent(),
                status,
                types,
                reason(status, totals == null, behindSince, repairedAt),
                behindSince,
                repairedAt);
    }

    private String reason(ReconciliationStatus status, boolean noTotals, Instant behindSince, Instant repairedAt) {
        return switch (status) {
            case COMPLETE -> null;
            case AHEAD ->
                "more is stored than the provider counts (its totals lag or were restated); nothing to repair";
            case UNKNOWN ->
                noTotals
                        ? "the provider gave no totals for this campaign"
                        : "the provider gives no total for any type stored";
            case BEHIND ->
                repairedAt != null && !repairedAt.isBefore(behindSince)
                        ? "still behind after the re-read at " + repairedAt
                                + ": the provider's lists do not hold every event its totals count"
                        : "the provider counts events that are not stored; its totals may lag, so the campaign is"
                                + " re-read if it stays behind for " + settings.grace();
        };
    }

    private boolean isDue(Reconciliation checked, Instant now) {
        return checked.status() == ReconciliationStatus.BEHIND
                && !now.isBefore(checked.behindSince().plus(settings.grace()))
                && (checked.repairedAt() == null
                        || !now.isBefore(checked.repairedAt().plus(settings.repairEvery())));
    }

    /**
     * What a check did.
     *
     * @param requests the requests reading the provider's totals took
     * @param repairsDue the campaigns to re-read now, each still behind past the grace period and
     *     not re-read within the repair interval
     */
    record Outcome(int requests, List<String> repairsDue) {}
}
