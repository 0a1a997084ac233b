package io.engagementhub.domain.service;

import io.engagementhub.domain.model.CampaignStatistics;
import io.engagementhub.domain.model.EventPage;
import io.engagementhub.domain.model.EventQuery;
import io.engagementhub.domain.model.RecipientSelector;
import io.engagementhub.domain.model.Require;
import io.engagementhub.domain.model.SyncRun;
import io.engagementhub.domain.model.SyncRunId;
import io.engagementhub.domain.port.in.CampaignStatisticsUseCase;
import io.engagementhub.domain.port.in.EraseRecipientUseCase;
import io.engagementhub.domain.port.in.QueryEventsUseCase;
import io.engagementhub.domain.port.in.UnknownAccountException;
import io.engagementhub.domain.port.out.EngagementSources;
import io.engagementhub.domain.port.out.EventStore;
import io.engagementhub.domain.port.out.SyncRunStore;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Answers questions about stored events and runs, for configured accounts only. */
public final class EngagementQueryService
        implements QueryEventsUseCase, CampaignStatisticsUseCase, EraseRecipientUseCase {

    /** The most runs {@link #recentRuns} returns. */
    public static final int MAX_RUNS = 100;

    private final EngagementSources sources;
    private final EventStore store;
    private final SyncRunStore runs;

    public EngagementQueryService(EngagementSources sources, EventStore store, SyncRunStore runs) {
        this.sources = Objects.requireNonNull(sources, "sources");
        this.store = Objects.requireNonNull(store, "store");
        this.runs = Objects.requireNonNull(runs, "runs");
    }

    @Override
    public EventPage events(EventQuery query) {
        if (query.account() != null) {
            requireKnown(query.account());
        }
        return store.find(query);
    }

    @Override
    public Optional<SyncRun> run(SyncRunId id) {
        return runs.find(id);
    }

    @Override
    public List<SyncRun> recentRuns(String account, int limit) {
        requireKnown(account);
        if (limit < 1 || limit > MAX_RUNS) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_RUNS + ", was " + limit);
        }
        return runs.recent(account, limit);
    }

    @Override
    public CampaignStatistics statistics(String account, String campaignId) {
        requireKnown(account);
        return store.statistics(account, Require.nonBlank(campaignId, "campaign id"));
    }

    @Override
    public long erase(String account, RecipientSelector recipient) {
        requireKnown(account);
        return store.erase(account, Objects.requireNonNull(recipient, "recipient"));
    }

    private void requireKnown(String account) {
        if (!sources.accounts().contains(account)) {
            throw new UnknownAccountException(account);
        }
    }
}
