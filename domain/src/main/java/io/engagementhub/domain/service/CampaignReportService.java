package io.engagementhub.domain.service;

import io.engagementhub.domain.model.CampaignLine;
import io.engagementhub.domain.model.CampaignReport;
import io.engagementhub.domain.model.CampaignStatistics;
import io.engagementhub.domain.model.CampaignSummary;
import io.engagementhub.domain.model.Reconciliation;
import io.engagementhub.domain.model.ReportFigures;
import io.engagementhub.domain.model.Require;
import io.engagementhub.domain.port.in.CampaignReportUseCase;
import io.engagementhub.domain.port.in.ReconciliationUseCase;
import io.engagementhub.domain.port.in.UnknownCampaignException;
import io.engagementhub.domain.port.out.EngagementSource;
import io.engagementhub.domain.port.out.EngagementSources;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Campaign reports in the provider's own definitions, and the checks against its totals, for
 * configured accounts only.
 */
public final class CampaignReportService implements CampaignReportUseCase, ReconciliationUseCase {

    private final EngagementSources sources;
    private final SyncStores stores;

    public CampaignReportService(EngagementSources sources, SyncStores stores) {
        this.sources = Objects.requireNonNull(sources, "sources");
        this.stores = Objects.requireNonNull(stores, "stores");
    }

    @Override
    public CampaignReport report(String account, String campaignId, boolean includeMachine) {
        EngagementSource source = ConfiguredAccount.require(sources, account);
        String id = Require.nonBlank(campaignId, "campaign id");
        CampaignStatistics statistics = stores.events().statistics(account, id);
        if (statistics.isEmpty()) {
            throw new UnknownCampaignException(account, id);
        }
        var details = stores.campaigns().find(account, Set.of(id)).get(id);
        Reconciliation check = stores.reconciliations().find(account, id).orElse(null);
        return new CampaignReport(
                statistics,
                details,
                ReportFigures.of(source.reports(), statistics, details, check, includeMachine),
                check);
    }

    @Override
    public List<CampaignLine> lines(String account, List<CampaignSummary> campaigns) {
        EngagementSource source = ConfiguredAccount.require(sources, account);
        Set<String> ids = new HashSet<>();
        campaigns.forEach(c -> ids.add(c.campaign().campaignId()));
        Map<String, Reconciliation> checks = reconciliations(account, ids);
        return campaigns.stream()
                .map(c -> {
                    Reconciliation check = checks.get(c.campaign().campaignId());
                    return new CampaignLine(
                            c,
                            ReportFigures.of(source.reports(), c, check, false),
                            ReportFigures.of(source.reports(), c, check, true).rates(),
                            check == null ? null : check.status());
                })
                .toList();
    }

    @Override
    public Optional<Reconciliation> reconciliation(String account, String campaignId) {
        ConfiguredAccount.require(sources, account);
        return stores.reconciliations().find(account, Require.nonBlank(campaignId, "campaign id"));
    }

    @Override
    public Map<String, Reconciliation> reconciliations(String account, Set<String> campaignIds) {
        ConfiguredAccount.require(sources, account);
        return campaignIds.isEmpty() ? Map.of() : stores.reconciliations().find(account, campaignIds);
    }

    @Override
    public long missingEvents(String account) {
        ConfiguredAccount.require(sources, account);
        return stores.reconciliations().missingEvents(account);
    }
}
