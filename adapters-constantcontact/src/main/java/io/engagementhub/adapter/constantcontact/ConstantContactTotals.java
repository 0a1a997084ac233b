package io.engagementhub.adapter.constantcontact;

import io.engagementhub.domain.model.EngagementType;
import io.engagementhub.domain.model.ProviderCount;
import io.engagementhub.domain.model.ProviderTotals;
import io.engagementhub.domain.model.ProviderTotalsRead;
import io.engagementhub.domain.port.out.MalformedResponseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The provider's own totals of campaign activities (an event's campaign is its activity), from the
 * activity stats (docs/providers/constantcontact.md#campaign-figures): the activities this sync's
 * discovery read stats for cost no request, the others are read 10 ids a request. Ids that are not
 * UUID-shaped (one would fail the whole request) and ids the stats list under errors are left out.
 */
final class ConstantContactTotals {

    private static final int BATCH = 10;
    private static final String ENDPOINT = "stats/email_campaign_activities";

    private final ConstantContactContext context;
    private final ConstantContactTransport transport;
    private final ConstantContactDiscovery discovery;

    ConstantContactTotals(
            ConstantContactContext context, ConstantContactTransport transport, ConstantContactDiscovery discovery) {
        this.context = context;
        this.transport = transport;
        this.discovery = discovery;
    }

    ProviderTotalsRead read(Set<String> activityIds) {
        Map<String, ConstantContactActivityStats.Result> known = discovery.statsRead();
        List<ProviderTotals> totals = new ArrayList<>();
        List<String> unread = new ArrayList<>();
        for (String id : new TreeSet<>(activityIds)) {
            if (known.containsKey(id)) {
                totals.add(totals(id, known.get(id)));
            } else if (ConstantContactTargets.ACTIVITY_ID.matcher(id).matches()) {
                unread.add(id);
            }
        }
        int requests = 0;
        for (int i = 0; i < unread.size(); i += BATCH) {
            List<String> batch = unread.subList(i, Math.min(unread.size(), i + BATCH));
            var uri = context.settings()
                    .endpoints()
                    .api("/reports/stats/email_campaign_activities/" + String.join(",", batch));
            ConstantContactTransport.Answer<ConstantContactActivityStats> answer =
                    transport.get(uri, ENDPOINT, ConstantContactActivityStats.class, "activity stats");
            requests += answer.requests();
            for (ConstantContactActivityStats.Result result : answer.value().resultsOrEmpty()) {
                if (batch.contains(result.campaignActivityId())) {
                    totals.add(totals(result.campaignActivityId(), result));
                }
            }
        }
        return new ProviderTotalsRead(totals, requests);
    }

    /**
     * One activity's figures, each with the measure that matches what the adapter stores: unique
     * counts of contacts, except every open and click; auto-replies are deliveries, not bounces.
     */
    private ProviderTotals totals(String activityId, ConstantContactActivityStats.Result result) {
        Map<String, Long> stats = result.statsOrEmpty();
        stats.forEach((key, value) -> {
            if (value != null && value < 0) {
                throw new MalformedResponseException(
                        "Constant Contact account '" + context.account() + "': " + ENDPOINT + " gave activity "
                                + activityId + " a negative " + key + " (" + value + ")",
                        null);
            }
        });
        Map<EngagementType, ProviderCount> counts = new EnumMap<>(EngagementType.class);
        unique(counts, EngagementType.SENT, stats.get("em_sends"));
        Long bounces = stats.get("em_bounces");
        Long autoReplies = stats.get("em_bounces_vacation");
        if (bounces != null && autoReplies != null) {
            counts.put(EngagementType.BOUNCED, ProviderCount.unique(Math.max(0, bounces - autoReplies)));
        }
        unique(counts, EngagementType.DELIVERED, autoReplies);
        allOrUnique(counts, EngagementType.OPENED, stats.get("em_opens_all"), stats.get("em_opens"));
        allOrUnique(counts, EngagementType.CLICKED, stats.get("em_clicks_all"), stats.get("em_clicks"));
        unique(counts, EngagementType.UNSUBSCRIBED, stats.get("em_optouts"));
        unique(counts, EngagementType.FORWARDED, stats.get("em_forwards"));
        return new ProviderTotals(
                activityId, ConstantContactDiscovery.instant(result.lastRefreshTime()), stats.get("em_sends"), counts);
    }

    private static void unique(Map<EngagementType, ProviderCount> counts, EngagementType type, Long value) {
        if (value != null) {
            counts.put(type, ProviderCount.unique(value));
        }
    }

    private static void allOrUnique(
            Map<EngagementType, ProviderCount> counts, EngagementType type, Long all, Long unique) {
        if (all != null) {
            counts.put(type, ProviderCount.total(all));
        } else {
            unique(counts, type, unique);
        }
    }
}
