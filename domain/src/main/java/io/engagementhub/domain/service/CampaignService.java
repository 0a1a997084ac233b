package io.engagementhub.domain.service;

import io.engagementhub.domain.model.Campaign;
import io.engagementhub.domain.model.CampaignLine;
import io.engagementhub.domain.model.CampaignPage;
import io.engagementhub.domain.model.CampaignQuery;
import io.engagementhub.domain.model.CampaignReport;
import io.engagementhub.domain.model.CampaignStatistics;
import io.engagementhub.domain.model.CampaignSummary;
import io.engagementhub.domain.model.CampaignTimeline;
import io.engagementhub.domain.model.EventSpan;
import io.engagementhub.domain.model.Reconciliation;
import io.engagementhub.domain.model.ReportFigures;
import io.engagementhub.domain.model.Require;
import io.engagementhub.domain.model.TimeBucket;
import io.engagementhub.domain.port.in.CampaignReportUseCase;
import io.engagementhub.domain.port.in.CampaignTimelineUseCase;
import io.engagementhub.domain.port.in.InvalidTimelineException;
import io.engagementhub.domain.port.in.QueryCampaignsUseCase;
import io.engagementhub.domain.port.in.ReconciliationUseCase;
import io.engagementhub.domain.port.in.TimelineRequest;
import io.engagementhub.domain.port.in.UnknownCampaignException;
import io.engagementhub.domain.port.out.EngagementSource;
import io.engagementhub.domain.port.out.EngagementSources;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Answers questions about an account's campaigns from the stores: which there are, their reports
 * in the provider's own definitions, their checks against its totals and their timelines. Every
 * question is about a configured account only.
 */
public final class CampaignService
        implements QueryCampaignsUseCase, CampaignReportUseCase, ReconciliationUseCase, CampaignTimelineUseCase {

    /** How long an hourly timeline runs by default: the first two days, when most opens happen. */
    public static final Duration DEFAULT_HOURLY_SPAN = Duration.ofHours(48);

    private final EngagementSources sources;
    private final SyncStores stores;

    public CampaignService(EngagementSources sources, SyncStores stores) {
        this.sources = Objects.requireNonNull(sources, "sources");
        this.stores = Objects.requireNonNull(stores, "stores");
    }

    @Override
    public CampaignPage campaigns(CampaignQuery query) {
        ConfiguredAccount.require(sources, query.account());
        return stores.campaigns().list(query);
    }

    @Override
    public Optional<Campaign> campaign(String account, String campaignId) {
        ConfiguredAccount.require(sources, account);
        String id = Require.nonBlank(campaignId, "campaign id");
        return Optional.ofNullable(stores.campaigns().find(account, Set.of(id)).get(id));
    }

    @Override
    public Map<String, Campaign> campaigns(String account, Set<String> campaignIds) {
        return campaignIds.isEmpty() ? Map.of() : stores.campaigns().find(account, campaignIds);
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

    @Override
    public CampaignTimeline timeline(TimelineRequest request) {
        ConfiguredAccount.require(sources, request.account());
        EventSpan span = stores.events()
                .span(request.account(), request.campaignId())
                .orElseThrow(() -> new UnknownCampaignException(request.account(), request.campaignId()));
        TimeBucket bucket = request.bucket();
        Instant from = bucket.floor(request.from() != null ? request.from() : span.first());
        Instant to = request.to() != null ? bucket.ceiling(request.to()) : defaultEnd(bucket, from, span);
        if (!from.isBefore(to)) {
            throw new InvalidTimelineException("to", "must be after 'from' (" + from + ")");
        }
        long buckets = bucket.count(from, to);
        if (buckets > MAX_BUCKETS) {
            throw new InvalidTimelineException(
                    culprit(request),
                    "from " + from + " to " + to + " holds " + buckets + " "
                            + bucket.name().toLowerCase(Locale.ROOT) + " buckets, more than " + MAX_BUCKETS
                            + ": narrow 'from' and 'to' or use wider buckets");
        }
        return CampaignTimeline.filled(
                request.account(),
                request.campaignId(),
                bucket,
                from,
                to,
                stores.events().timeline(request.account(), request.campaignId(), bucket, from, to));
    }

    /** Hourly: the first 48 hours; daily: through the day of the last event (at least one day). */
    private static Instant defaultEnd(TimeBucket bucket, Instant from, EventSpan span) {
        if (bucket == TimeBucket.HOUR) {
            return from.plus(DEFAULT_HOURLY_SPAN);
        }
        Instant end = bucket.floor(span.last()).plus(bucket.width());
        return end.isAfter(from) ? end : from.plus(bucket.width());
    }

    /** The parameter that made the range too long: the one the caller gave, else the bucket width. */
    private static String culprit(TimelineRequest request) {
        if (request.to() != null) {
            return "to";
        }
        return request.from() != null ? "from" : "bucket";
    }
}
