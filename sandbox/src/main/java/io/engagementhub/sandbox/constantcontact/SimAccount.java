package io.engagementhub.sandbox.constantcontact;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The simulated account's campaigns and report rows; thread-safe. */
final class SimAccount {

    private static final Comparator<ConstantContactSimEvent> OLDEST_FIRST =
            Comparator.comparing(ConstantContactSimEvent::createdTime);

    private final Map<String, ConstantContactSimCampaign> campaigns = new LinkedHashMap<>();
    private final Map<String, ConstantContactSimActivity> activities = new LinkedHashMap<>();
    /** Rows per activity and report, oldest first (a stable sort keeps same-minute rows in order). */
    private final Map<String, List<ConstantContactSimEvent>> rows = new LinkedHashMap<>();

    synchronized void add(ConstantContactSimCampaign campaign) {
        campaigns.put(campaign.id(), campaign);
        campaign.activities().forEach(activity -> activities.put(activity.id(), activity));
    }

    synchronized void add(ConstantContactSimEvent event) {
        if (!activities.containsKey(event.activityId())) {
            throw new IllegalArgumentException("no such campaign activity: " + event.activityId());
        }
        List<ConstantContactSimEvent> list =
                rows.computeIfAbsent(key(event.activityId(), event.report()), k -> new ArrayList<>());
        list.add(event);
        list.sort(OLDEST_FIRST);
    }

    synchronized List<ConstantContactSimCampaign> campaigns() {
        return List.copyOf(campaigns.values());
    }

    synchronized Optional<ConstantContactSimCampaign> campaign(String id) {
        return Optional.ofNullable(campaigns.get(id));
    }

    synchronized Optional<ConstantContactSimActivity> activity(String id) {
        return Optional.ofNullable(activities.get(id));
    }

    /** The rows of one report of one activity, oldest first. */
    synchronized List<ConstantContactSimEvent> rows(String activityId, ConstantContactSimReport report) {
        return List.copyOf(rows.getOrDefault(key(activityId, report), List.of()));
    }

    synchronized List<ConstantContactSimEvent> allRows() {
        List<ConstantContactSimEvent> all = new ArrayList<>();
        rows.values().forEach(all::addAll);
        return all;
    }

    private static String key(String activityId, ConstantContactSimReport report) {
        return activityId + "/" + report.path();
    }
}
