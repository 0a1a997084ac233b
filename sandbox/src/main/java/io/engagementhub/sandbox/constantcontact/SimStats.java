package io.engagementhub.sandbox.constantcontact;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * {@code GET /v3/reports/stats/email_campaign_activities/{ids}}: at most 10 ids; one malformed id
 * answers 404 for all; unknown or never-sent ids go to {@code errors}
 * (docs/providers/constantcontact.md#discovering-campaign-activities). Counts are computed from the rows, so they
 * agree with the reports, except where the simulator's knobs withhold rows or restate a count.
 */
final class SimStats {

    /**
     * The bounce codes and the reason each has in the stats keys
     * (docs/providers/constantcontact.md#campaign-figures).
     */
    private static final Map<String, String> BOUNCE_REASONS = new TreeMap<>(Map.of(
            "B", "nonexistent_address",
            "D", "undeliverable",
            "F", "mailbox_full",
            "S", "suspended",
            "V", "vacation",
            "X", "other",
            "Z", "blocked"));

    private static final Pattern UUID_SHAPE = Pattern.compile("[0-9a-fA-F-]{36}");

    private final SimAccount account;
    private final Clock clock;

    SimStats(SimAccount account, Clock clock) {
        this.account = account;
        this.clock = clock;
    }

    void handle(SimRequest request, String idList) throws IOException {
        String[] ids = idList.split(",");
        if (ids.length > 10) {
            request.error(400, "bad.request", "at most 10 campaign activity ids");
            return;
        }
        for (String id : ids) {
            if (!UUID_SHAPE.matcher(id).matches()) {
                request.error(404, "not.found", "Could not find stats for the requested campaign activities.");
                return;
            }
        }
        List<Object> results = new ArrayList<>();
        List<Object> errors = new ArrayList<>();
        for (String id : ids) {
            var activity = account.activity(id).filter(a -> a.sentAt() != null && a.reportable());
            if (activity.isEmpty()) {
                errors.add(Map.of("error_key", "not_found", "error_message", "No stats for " + id));
                continue;
            }
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("campaign_id", activity.get().campaignId());
            result.put("campaign_activity_id", id);
            result.put("stats", of(account, id));
            result.put("last_refresh_time", SimViews.time(clock.instant(), true));
            results.add(result);
        }
        request.json(200, Map.of("results", results, "errors", errors));
    }

    /**
     * The stats of one activity: unique counts per report, the non-unique open and click totals, and
     * the unique bounces per reason (docs/providers/constantcontact.md#campaign-figures), computed from
     * every row, withheld ones included; then any restatement of the simulator's knobs applied.
     */
    static Map<String, Integer> of(SimAccount account, String activityId) {
        Map<String, Integer> stats = new LinkedHashMap<>();
        for (ConstantContactSimReport report : ConstantContactSimReport.values()) {
            List<ConstantContactSimEvent> rows = account.counted(activityId, report);
            stats.put(report.activityType(), contacts(rows));
            if (hasAll(report)) {
                stats.put(report.activityType() + "_all", rows.size());
            }
        }
        BOUNCE_REASONS.forEach((code, reason) -> stats.put(
                "em_bounces_" + reason,
                contacts(account.counted(activityId, ConstantContactSimReport.BOUNCES).stream()
                        .filter(row -> code.equals(row.bounceCode()))
                        .toList())));
        stats.put("em_abuse", 0);
        int notOpened = stats.get("em_sends") - stats.get("em_opens") - stats.get("em_bounces");
        stats.put("em_not_opened", Math.max(0, notOpened));
        for (ConstantContactSimReport report : ConstantContactSimReport.values()) {
            account.restated(activityId, report).ifPresent(value -> restate(stats, report, value));
        }
        return stats;
    }

    private static boolean hasAll(ConstantContactSimReport report) {
        return report == ConstantContactSimReport.OPENS || report == ConstantContactSimReport.CLICKS;
    }

    private static int contacts(List<ConstantContactSimEvent> rows) {
        return (int)
                rows.stream().map(ConstantContactSimEvent::contactId).distinct().count();
    }

    /** Sets the report's keys (unique and, for opens and clicks, all) to {@code value}, or removes them for -1. */
    private static void restate(Map<String, Integer> stats, ConstantContactSimReport report, int value) {
        List<String> keys = hasAll(report)
                ? List.of(report.activityType(), report.activityType() + "_all")
                : List.of(report.activityType());
        for (String key : keys) {
            if (value < 0) {
                stats.remove(key);
            } else {
                stats.put(key, value);
            }
        }
    }
}
