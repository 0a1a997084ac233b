package io.engagementhub.sandbox.constantcontact;

import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * {@code GET /v3/emails}, {@code GET /v3/emails/{campaign_id}}, {@code GET
 * /v3/emails/activities/{campaign_activity_id}} and the campaign summaries.
 */
final class SimCampaignEndpoints {

    private final SimAccount account;

    SimCampaignEndpoints(SimAccount account) {
        this.account = account;
    }

    // docs/providers/constantcontact.md#discovering-campaign-activities: limit 1-500 (default 50),
    // after_date/before_date on updated_at, newest updated_at first, Removed campaigns included
    void list(SimRequest request) throws IOException {
        SimCursor cursor = cursorOrFirst(request, 50);
        if (cursor == null) {
            request.error(400, "bad.request", "limit must be 1 to 500, next must be a cursor from a next link");
            return;
        }
        List<ConstantContactSimCampaign> matching;
        try {
            matching = account.campaigns().stream()
                    .filter(c -> within(c.updatedAt(), request.param("after_date"), request.param("before_date")))
                    .sorted(Comparator.comparing(ConstantContactSimCampaign::updatedAt)
                            .reversed())
                    .toList();
        } catch (DateTimeParseException e) {
            request.error(400, "bad.request", "after_date and before_date must be ISO-8601 date-times");
            return;
        }
        respondPage(request, cursor, "campaigns", matching, c -> SimViews.campaign(c, false));
    }

    void campaign(SimRequest request, String id) throws IOException {
        var campaign = account.campaign(id);
        if (campaign.isEmpty()) {
            request.error(404, "not.found", "The requested campaign was not found.");
            return;
        }
        request.json(200, SimViews.campaign(campaign.get(), true));
    }

    // docs/providers/constantcontact.md#campaign-details: one activity with its subject and upper-case status
    void activity(SimRequest request, String id) throws IOException {
        var activity = account.activity(id);
        var campaign = activity.flatMap(a -> account.campaign(a.campaignId()));
        if (campaign.isEmpty()) {
            request.error(404, "not.found", "The requested campaign activity was not found.");
            return;
        }
        request.json(200, SimViews.activity(activity.get(), campaign.get()));
    }

    // docs/providers/constantcontact.md#discovering-campaign-activities: sent campaigns, last_sent_date descending,
    // limit default 50 max 500
    void summaries(SimRequest request) throws IOException {
        SimCursor cursor = cursorOrFirst(request, 50);
        if (cursor == null) {
            request.error(400, "bad.request", "limit must be 1 to 500");
            return;
        }
        List<ConstantContactSimCampaign> sent = account.campaigns().stream()
                .filter(c -> c.lastSentDate().isPresent())
                .sorted(Comparator.comparing((ConstantContactSimCampaign c) ->
                                c.lastSentDate().orElseThrow())
                        .reversed())
                .limit(500)
                .toList();
        respondPage(request, cursor, "bulk_email_campaign_summaries", sent, c -> SimViews.summary(c, account));
    }

    private static SimCursor cursorOrFirst(SimRequest request, int defaultLimit) {
        String next = request.param("next");
        if (next != null) {
            return SimCursor.decode(next);
        }
        int limit = SimCursor.limit(request.param("limit"), defaultLimit, 500);
        return limit < 0 ? null : new SimCursor(0, limit, "");
    }

    /** Answers the page of {@code all} at {@code cursor} under {@code key}, linking the next page while more remain. */
    private static <T> void respondPage(
            SimRequest request, SimCursor cursor, String key, List<T> all, Function<T, Object> view)
            throws IOException {
        int end = Math.min(all.size(), cursor.upper() + cursor.limit());
        List<Object> page = new ArrayList<>();
        for (int i = cursor.upper(); i < end; i++) {
            page.add(view.apply(all.get(i)));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put(key, page);
        body.put("_links", next(request.path(), end < all.size(), new SimCursor(end, cursor.limit(), "")));
        request.json(200, body);
    }

    static Map<String, Object> next(String path, boolean more, SimCursor cursor) {
        if (!more) {
            return Map.of();
        }
        return Map.of("next", Map.of("href", path + "?next=" + cursor.encode()));
    }

    private static boolean within(Instant updated, String after, String before) {
        if (after != null && updated.isBefore(OffsetDateTime.parse(after).toInstant())) {
            return false;
        }
        return before == null || updated.isBefore(OffsetDateTime.parse(before).toInstant());
    }
}
