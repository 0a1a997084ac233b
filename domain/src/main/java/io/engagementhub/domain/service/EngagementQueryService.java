package io.engagementhub.domain.service;

import io.engagementhub.domain.model.AccountUsage;
import io.engagementhub.domain.model.CampaignStatistics;
import io.engagementhub.domain.model.EventPage;
import io.engagementhub.domain.model.EventQuery;
import io.engagementhub.domain.model.RecipientSelector;
import io.engagementhub.domain.model.Require;
import io.engagementhub.domain.model.SyncRun;
import io.engagementhub.domain.model.SyncRunId;
import io.engagementhub.domain.model.SyncStatus;
import io.engagementhub.domain.port.in.CampaignStatisticsUseCase;
import io.engagementhub.domain.port.in.EraseRecipientCommand;
import io.engagementhub.domain.port.in.EraseRecipientUseCase;
import io.engagementhub.domain.port.in.QueryEventsUseCase;
import io.engagementhub.domain.port.in.QuerySyncRunsUseCase;
import io.engagementhub.domain.port.in.SyncRunsQuery;
import io.engagementhub.domain.port.in.UnknownCampaignException;
import io.engagementhub.domain.port.out.EngagementSource;
import io.engagementhub.domain.port.out.EngagementSources;
import io.engagementhub.domain.port.out.EventStore;
import io.engagementhub.domain.port.out.SuppressionList;
import io.engagementhub.domain.port.out.SyncRunStore;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** Answers questions about stored events and runs, for configured accounts only. */
public final class EngagementQueryService
        implements QueryEventsUseCase, QuerySyncRunsUseCase, CampaignStatisticsUseCase, EraseRecipientUseCase {

    private final EngagementSources sources;
    private final EventStore store;
    private final SyncRunStore runs;
    private final SuppressionList suppressions;

    public EngagementQueryService(EngagementSources sources, SyncStores stores) {
        this.sources = Objects.requireNonNull(sources, "sources");
        this.store = stores.events();
        this.runs = stores.runs();
        this.suppressions = stores.suppressions();
    }

    @Override
    public EventPage events(EventQuery query) {
        if (query.account() != null) {
            ConfiguredAccount.require(sources, query.account());
        }
        return store.find(query);
    }

    @Override
    public Optional<SyncRun> run(SyncRunId id) {
        return runs.find(id);
    }

    @Override
    public List<SyncRun> recentRuns(SyncRunsQuery query) {
        ConfiguredAccount.require(sources, query.account());
        return runs.recent(query.account(), query.limit());
    }

    @Override
    public AccountUsage usage(String account) {
        EngagementSource source = ConfiguredAccount.require(sources, account);
        List<SyncRun> finished = runs.recent(account, SyncRunsQuery.MAX_LIMIT).stream()
                .filter(run -> run.status() != SyncStatus.RUNNING)
                .toList();
        long requests =
                finished.stream().mapToLong(run -> run.figures().requests()).sum();
        long stored =
                finished.stream().mapToLong(run -> run.figures().eventsStored()).sum();
        return new AccountUsage(
                finished.size(), requests, stored, source.usage().orElse(null));
    }

    @Override
    public CampaignStatistics statistics(String account, String campaignId) {
        ConfiguredAccount.require(sources, account);
        CampaignStatistics statistics = store.statistics(account, Require.nonBlank(campaignId, "campaign id"));
        if (statistics.isEmpty()) {
            throw new UnknownCampaignException(account, campaignId);
        }
        return statistics;
    }

    /**
     * Suppresses first and deletes after, so that a sync storing a page meanwhile drops the
     * recipient's events from every page it reads once the suppression is recorded.
     */
    @Override
    public long erase(EraseRecipientCommand command) {
        String account = command.account();
        ConfiguredAccount.require(sources, account);
        Set<RecipientSelector> identities = identitiesOf(account, command.recipient());
        identities.forEach(identity -> suppressions.suppress(account, identity));
        long removed = 0;
        for (RecipientSelector identity : identities) {
            removed += store.erase(account, identity);
        }
        return removed;
    }

    /** The selected recipient and every provider id and email address its stored events carry. */
    private Set<RecipientSelector> identitiesOf(String account, RecipientSelector recipient) {
        Set<RecipientSelector> identities = new LinkedHashSet<>();
        identities.add(recipient);
        EventQuery query = EventQuery.all().withAccount(account).withLimit(EventQuery.MAX_LIMIT);
        query = recipient.email() != null
                ? query.withEmail(recipient.email())
                : query.withRecipient(recipient.recipientId());
        for (EventPage page = store.find(query); ; page = store.find(query.after(page.next()))) {
            page.items().forEach(event -> {
                identities.add(RecipientSelector.byRecipientId(event.recipient().id()));
                if (event.recipient().email() != null) {
                    identities.add(RecipientSelector.byEmail(event.recipient().email()));
                }
            });
            if (page.next() == null) {
                return identities;
            }
        }
    }
}
