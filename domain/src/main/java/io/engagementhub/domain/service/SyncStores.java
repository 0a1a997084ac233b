package io.engagementhub.domain.service;

import io.engagementhub.domain.model.Campaign;
import io.engagementhub.domain.model.CampaignPage;
import io.engagementhub.domain.model.CampaignQuery;
import io.engagementhub.domain.model.Reconciliation;
import io.engagementhub.domain.port.out.CampaignStore;
import io.engagementhub.domain.port.out.EventStore;
import io.engagementhub.domain.port.out.ReconciliationStore;
import io.engagementhub.domain.port.out.SuppressionList;
import io.engagementhub.domain.port.out.SyncRunStore;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The stores the sync engine writes to.
 *
 * @param events where events and checkpoints go
 * @param runs the run history, also updated while a run is going
 * @param suppressions erased recipients, whose events are dropped before they are stored
 * @param campaigns campaign details, stored beside the events
 * @param reconciliations the checks of campaigns against the provider's totals
 */
public record SyncStores(
        EventStore events,
        SyncRunStore runs,
        SuppressionList suppressions,
        CampaignStore campaigns,
        ReconciliationStore reconciliations) {

    /** Keeps no check: an engine given it reads no provider totals at all. */
    private static final ReconciliationStore NO_CHECKS = new DroppedChecks();

    public SyncStores {
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(runs, "runs");
        Objects.requireNonNull(suppressions, "suppressions");
        Objects.requireNonNull(campaigns, "campaigns");
        Objects.requireNonNull(reconciliations, "reconciliations");
    }

    /** Stores that keep campaign details but make no check against the provider's totals. */
    public SyncStores(EventStore events, SyncRunStore runs, SuppressionList suppressions, CampaignStore campaigns) {
        this(events, runs, suppressions, campaigns, NO_CHECKS);
    }

    /** Whether campaigns are checked against the provider's totals (a store keeps the checks). */
    public boolean checksCampaigns() {
        return reconciliations != NO_CHECKS;
    }

    /**
     * Stores for a sync engine used alone, that keeps no campaign details: discovered details are
     * dropped and no campaign is listed.
     */
    public SyncStores(EventStore events, SyncRunStore runs, SuppressionList suppressions) {
        this(events, runs, suppressions, new DroppedCampaigns());
    }

    /** Drops every check and so holds none. */
    private static final class DroppedChecks implements ReconciliationStore {

        @Override
        public void save(Reconciliation reconciliation) {
            // kept nowhere
        }

        @Override
        public Map<String, Reconciliation> find(String account, Set<String> campaignIds) {
            return Map.of();
        }

        @Override
        public List<Reconciliation> unsettled(String account, Instant since, int limit) {
            return List.of();
        }

        @Override
        public long missingEvents(String account) {
            return 0;
        }
    }

    /** Drops what it is given and so holds nothing to find or list. */
    private static final class DroppedCampaigns implements CampaignStore {

        @Override
        public int save(String account, Collection<Campaign> campaigns) {
            return 0;
        }

        @Override
        public Map<String, Campaign> find(String account, Set<String> campaignIds) {
            return Map.of();
        }

        @Override
        public CampaignPage list(CampaignQuery query) {
            return new CampaignPage(List.of(), null);
        }
    }
}
