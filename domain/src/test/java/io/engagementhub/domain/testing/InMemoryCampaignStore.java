package io.engagementhub.domain.testing;

import io.engagementhub.domain.model.Campaign;
import io.engagementhub.domain.model.CampaignCursor;
import io.engagementhub.domain.model.CampaignPage;
import io.engagementhub.domain.model.CampaignQuery;
import io.engagementhub.domain.model.CampaignSummary;
import io.engagementhub.domain.model.EngagementEvent;
import io.engagementhub.domain.port.out.CampaignStore;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * A {@link CampaignStore} in memory, beside an {@link InMemoryEventStore} whose events give the
 * campaigns without details and every campaign's figures; the reference behaviour for
 * {@link CampaignStoreContract}.
 */
public final class InMemoryCampaignStore implements CampaignStore {

    private static final Comparator<Campaign> LISTING =
            Comparator.comparing(CampaignCursor::after, CampaignCursor.ORDER);

    private final InMemoryEventStore events;
    private final Map<String, Map<String, Campaign>> byAccount = new HashMap<>();

    public InMemoryCampaignStore(InMemoryEventStore events) {
        this.events = Objects.requireNonNull(events, "events");
    }

    @Override
    public synchronized int save(String account, Collection<Campaign> campaigns) {
        Map<String, Campaign> stored = byAccount.computeIfAbsent(account, a -> new HashMap<>());
        int changed = 0;
        for (Campaign campaign : campaigns) {
            if (!campaign.account().equals(account)) {
                throw new IllegalArgumentException(
                        "campaign " + campaign.campaignId() + " is not of account " + account);
            }
            if (!campaign.equals(stored.put(campaign.campaignId(), campaign))) {
                changed++;
            }
        }
        return changed;
    }

    @Override
    public synchronized Map<String, Campaign> find(String account, Set<String> campaignIds) {
        Map<String, Campaign> found = new HashMap<>();
        Map<String, Campaign> stored = byAccount.getOrDefault(account, Map.of());
        campaignIds.forEach(id -> {
            if (stored.containsKey(id)) {
                found.put(id, stored.get(id));
            }
        });
        return found;
    }

    @Override
    public synchronized CampaignPage list(CampaignQuery query) {
        String account = query.account();
        Map<String, Campaign> all = new TreeMap<>(byAccount.getOrDefault(account, Map.of()));
        for (EngagementEvent event : events.all()) {
            if (event.account().equals(account)) {
                all.putIfAbsent(event.campaignId(), Campaign.unnamed(account, event.campaignId()));
            }
        }
        List<Campaign> listed = all.values().stream()
                .filter(c -> query.after() == null || query.after().precedes(c))
                .sorted(LISTING)
                .limit(query.limit() + 1L)
                .toList();
        List<Campaign> page = listed.subList(0, Math.min(query.limit(), listed.size()));
        List<CampaignSummary> items = page.stream()
                .map(c -> CampaignSummary.of(c, events.statistics(account, c.campaignId())))
                .toList();
        CampaignCursor next = listed.size() > query.limit() ? CampaignCursor.after(page.get(page.size() - 1)) : null;
        return new CampaignPage(items, next);
    }
}
