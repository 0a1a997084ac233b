package io.engagementhub.sandbox.constantcontact;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * {@code GET /v3/reports/stats/email_campaign_activities/{ids}}: at most 10 ids; one malformed id
 * answers 404 for all; unknown or never-sent ids go to {@code errors}
 * (docs/providers/constantcontact.md#discovering-campaign-activities). Counts are computed from the rows, so they
 * always agree with the reports.
 */
final class SimStats {

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

    /** The stats of one activity: unique counts per report and the non-unique open and click totals. */
    static Map<String, Integer> of(SimAccount account, String activityId) {
        Map<String, Integer> stats = new LinkedHashMap<>();
        for (ConstantContactSimReport report : ConstantContactSimReport.values()) {
            List<ConstantContactSimEvent> rows = account.rows(activityId, report);
            stats.put(report.activityType(), (int) rows.stream()
                    .map(ConstantContactSimEvent::contactId)
                    .distinct()
                    .count());
            if (report == ConstantContactSimReport.OPENS || report == ConstantContactSimReport.CLICKS) {
                stats.put(report.activityType() + "_all", rows.size());
            }
        }
        stats.put("em_abuse", 0);
        int notOpened = stats.get("em_sends") - stats.get("em_opens") - stats.get("em_bounces");
        stats.put("em_not_opened", Math.max(0, notOpened));
        return stats;
    }
}
