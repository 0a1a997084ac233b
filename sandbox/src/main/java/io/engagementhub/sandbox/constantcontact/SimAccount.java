package io.engagementhub.sandbox.constantcontact;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The simulated account's campaigns and report rows, the rows it withholds from the reports, and
 * the stats it restates; thread-safe.
 */
final class SimAccount {

    private static final Comparator<ConstantContactSimEvent> OLDEST_FIRST =
            Comparator.comparing(ConstantContactSimEvent::createdTime);

    private final Map<String, ConstantContactSimCampaign> campaigns = new LinkedHashMap<>();
    private final Map<String, ConstantContactSimActivity> activities = new LinkedHashMap<>();
    /** Rows per activity and report, oldest first (a stable sort keeps same-minute rows in order). */
    private final Map<String, List<ConstantContactSimEvent>> rows = new LinkedHashMap<>();
    /** Rows the stats count but the reports do not list (by identity: identical rows are allowed). */
    private final Set<ConstantContactSimEvent> withheld = Collections.newSetFromMap(new IdentityHashMap<>());
    /** Per activity and report, the figure its stats answer instead of the rows' count; -1 for none. */
    private final Map<String, Integer> restated = new HashMap<>();

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

    /** The rows one report of one activity lists, oldest first: the withheld ones left out. */
    synchronized List<ConstantContactSimEvent> rows(String activityId, ConstantContactSimReport report) {
        return counted(activityId, report).stream()
                .filter(row -> !withheld.contains(row))
                .toList();
    }

    /** Every row of one report of one activity, withheld ones included, oldest first: what the stats count. */
    synchronized List<ConstantContactSimEvent> counted(String activityId, ConstantContactSimReport report) {
        return List.copyOf(rows.getOrDefault(key(activityId, report), List.of()));
    }

    /** Withholds the oldest {@code count} listed rows of one report of one activity; returns them. */
    synchronized List<ConstantContactSimEvent> withhold(String activityId, ConstantContactSimReport report, int count) {
        List<ConstantContactSimEvent> held =
                rows(activityId, report).stream().limit(count).toList();
        withheld.addAll(held);
        return held;
    }

    /** Lists the withheld rows of one report of one activity again, as they were; returns them. */
    synchronized List<ConstantContactSimEvent> release(String activityId, ConstantContactSimReport report) {
        List<ConstantContactSimEvent> released =
                counted(activityId, report).stream().filter(withheld::contains).toList();
        released.forEach(withheld::remove);
        return released;
    }

    /** Makes the stats of one report of one activity answer {@code value}, or leave its keys out when null. */
    synchronized void restate(String activityId, ConstantContactSimReport report, Integer value) {
        restated.put(key(activityId, report), value == null ? -1 : value);
    }

    /** The restated figure of one report ({@code -1}: its keys left out), or empty when the rows count. */
    synchronized Optional<Integer> restated(String activityId, ConstantContactSimReport report) {
        return Optional.ofNullable(restated.get(key(activityId, report)));
    }

    /** Every row, withheld ones included. */
    synchronized List<ConstantContactSimEvent> allRows() {
        List<ConstantContactSimEvent> all = new ArrayList<>();
        rows.values().forEach(all::addAll);
        return all;
    }

    private static String key(String activityId, ConstantContactSimReport report) {
        return activityId + "/" + report.path();
    }
}
