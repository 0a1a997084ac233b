package io.engagementhub.sandbox.constantcontact;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code GET /v3/reports/email_reports/{id}/tracking/{report}}: newest first, {@code limit} 1-500
 * default 500, opaque relative {@code next} links absent on the last page, {@code url_id} on
 * clicks, repeated {@code bounce_code} on bounces, 200 with an empty list for an activity never
 * sent (docs/providers/constantcontact.md#tracking-reports and #paging). The cursor format is
 * undocumented; the simulator's are stable unless {@link #offsetCursors(boolean)} makes them row
 * offsets.
 */
final class SimTracking {

    private static final int MAX_LIMIT = 500;
    private static final String BOUNCE_CODES = "BDFSVXZ";

    private final SimAccount account;
    private volatile boolean offsetCursors;

    SimTracking(SimAccount account) {
        this.account = account;
    }

    /** Cursors that count the rows served from the newest (shifted by rows added since) or, by default, stable ones. */
    void offsetCursors(boolean value) {
        offsetCursors = value;
    }

    void handle(SimRequest request, String activityId, String report) throws IOException {
        var activity = account.activity(activityId);
        if (activity.isEmpty()) {
            // not documented whether an unknown id is 404 or 200-empty
            // (docs/providers/constantcontact.md#tracking-reports)
            request.error(404, "not.found", "The requested campaign activity was not found.");
            return;
        }
        SimCursor cursor = cursor(request);
        if (cursor == null) {
            request.error(400, "bad.request", "limit must be 1 to 500, bounce_code one of B D F S V X Z");
            return;
        }
        List<Map<String, Object>> rows = rows(activityId, report, cursor.filter());
        if (rows == null) {
            request.error(404, "not.found", "No such tracking report: " + report);
            return;
        }
        // Stable cursors hold the index (from the oldest row) where the next page ends; offset
        // cursors the number of rows served so far, counted from the newest row as it is now.
        int served = Math.max(0, cursor.upper());
        int upper = offsetCursors
                ? Math.max(0, rows.size() - served)
                : Math.min(cursor.upper() < 0 ? rows.size() : cursor.upper(), rows.size());
        int lower = Math.max(0, upper - cursor.limit());
        int next = offsetCursors ? served + (upper - lower) : lower;
        List<Object> page = new ArrayList<>();
        for (int i = upper - 1; i >= lower; i--) {
            page.add(rows.get(i));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("tracking_activities", page);
        body.put(
                "_links",
                SimCampaignEndpoints.next(
                        request.path(), lower > 0, new SimCursor(next, cursor.limit(), cursor.filter())));
        request.json(200, body);
    }

    private static SimCursor cursor(SimRequest request) {
        String next = request.param("next");
        if (next != null) {
            return SimCursor.decode(next);
        }
        int limit = SimCursor.limit(request.param("limit"), MAX_LIMIT, MAX_LIMIT);
        List<String> codes = request.params("bounce_code");
        for (String code : codes) {
            if (code.length() != 1 || BOUNCE_CODES.indexOf(code.charAt(0)) < 0) {
                return null;
            }
        }
        String urlId = request.param("url_id");
        String filter = (urlId == null ? "" : urlId) + ";" + String.join("", codes);
        return limit < 0 ? null : new SimCursor(-1, limit, filter);
    }

    /** The report's rows oldest first, filtered, or null for an unknown report. */
    private List<Map<String, Object>> rows(String activityId, String report, String filter) {
        String urlId = filter.substring(0, filter.indexOf(';'));
        String codes = filter.substring(filter.indexOf(';') + 1);
        for (ConstantContactSimReport known : ConstantContactSimReport.values()) {
            if (known.path().equals(report)) {
                return account.rows(activityId, known).stream()
                        .filter(e -> urlId.isEmpty() || urlId.equals(e.urlId()))
                        .filter(e -> codes.isEmpty() || (e.bounceCode() != null && codes.contains(e.bounceCode())))
                        .map(e -> SimViews.row(e, known.activityType()))
                        .toList();
            }
        }
        return switch (report) {
            case "unique_opens" -> uniqueOpens(activityId);
            case "didnotopens" -> didNotOpen(activityId);
            default -> null;
        };
    }

    // docs/providers/constantcontact.md#tracking-reports:
    // unique_opens is the last open per contact, rows typed em_opens
    private List<Map<String, Object>> uniqueOpens(String activityId) {
        Map<String, ConstantContactSimEvent> last = new LinkedHashMap<>();
        account.rows(activityId, ConstantContactSimReport.OPENS).forEach(e -> {
            last.remove(e.contactId());
            last.put(e.contactId(), e);
        });
        return last.values().stream().map(e -> SimViews.row(e, "em_opens")).toList();
    }

    // docs/providers/constantcontact.md#tracking-reports: did-not-open rows carry the send time
    private List<Map<String, Object>> didNotOpen(String activityId) {
        Set<String> opened = new LinkedHashSet<>();
        account.rows(activityId, ConstantContactSimReport.OPENS).forEach(e -> opened.add(e.contactId()));
        return account.rows(activityId, ConstantContactSimReport.SENDS).stream()
                .filter(e -> !opened.contains(e.contactId()))
                .map(e -> SimViews.row(e, "em_didnotopens"))
                .toList();
    }
}
