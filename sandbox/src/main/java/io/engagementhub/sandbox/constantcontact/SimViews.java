package io.engagementhub.sandbox.constantcontact;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON shapes of campaigns, summaries and report rows, as maps for {@code Json}. */
final class SimViews {

    private SimViews() {}

    static Map<String, Object> campaign(ConstantContactSimCampaign campaign, boolean withActivities) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("campaign_id", campaign.id());
        view.put("name", campaign.name());
        view.put("current_status", campaign.status());
        view.put("type", "NEWSLETTER");
        view.put("type_code", 10);
        view.put("created_at", time(campaign.createdAt(), false));
        view.put("updated_at", time(campaign.updatedAt(), false));
        if (withActivities) {
            view.put(
                    "campaign_activities",
                    campaign.activities().stream()
                            .map(a -> Map.of("campaign_activity_id", a.id(), "role", a.role()))
                            .toList());
        }
        return view;
    }

    /** An activity as {@code GET /emails/activities/{id}} shows it; a resend gets a subject of its own. */
    static Map<String, Object> activity(ConstantContactSimActivity activity, ConstantContactSimCampaign campaign) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("campaign_activity_id", activity.id());
        view.put("campaign_id", campaign.id());
        view.put("role", activity.role());
        view.put("contact_list_ids", List.of("04fe9a-a579-43c5-bb1a-58ed29bf0a6a"));
        view.put("current_status", activity.sentAt() == null ? "DRAFT" : "DONE");
        view.put("format_type", 5);
        view.put("from_email", "news@example.org");
        view.put("from_name", "Shop");
        view.put("reply_to_email", "news@example.org");
        view.put("subject", activity.role().equals("resend") ? "Did you miss it? " + campaign.name() : campaign.name());
        return view;
    }

    static Map<String, Object> summary(ConstantContactSimCampaign campaign, SimAccount account) {
        Map<String, Integer> totals = new LinkedHashMap<>();
        for (ConstantContactSimActivity activity : campaign.activities()) {
            SimStats.of(account, activity.id()).forEach((key, count) -> totals.merge(key, count, Integer::sum));
        }
        Map<String, Object> counts = new LinkedHashMap<>();
        for (String key : List.of("sends", "opens", "clicks", "forwards", "optouts", "abuse", "bounces")) {
            counts.put(key, totals.getOrDefault("em_" + key, 0));
        }
        counts.put("not_opened", totals.getOrDefault("em_not_opened", 0));
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("campaign_id", campaign.id());
        view.put("campaign_type", "Newsletter");
        view.put("last_sent_date", time(campaign.lastSentDate().orElseThrow(), true));
        view.put("unique_counts", counts);
        return view;
    }

    static Map<String, Object> row(ConstantContactSimEvent event, String activityType) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("contact_id", event.contactId());
        view.put("campaign_activity_id", event.activityId());
        view.put("tracking_activity_type", activityType);
        view.put("email_address", event.email());
        putIfPresent(view, "first_name", event.firstName());
        putIfPresent(view, "last_name", event.lastName());
        putIfPresent(view, "device_type", event.deviceType());
        putIfPresent(view, "url_id", event.urlId());
        putIfPresent(view, "link_url", event.linkUrl());
        putIfPresent(view, "bounce_code", event.bounceCode());
        view.put("created_time", time(event.createdTime(), event.withMillis()));
        return view;
    }

    // docs/providers/constantcontact.md#timestamps: ISO-8601 UTC, with (…:00.000Z) or without (…:00Z) milliseconds
    static String time(Instant at, boolean withMillis) {
        Instant seconds = at.truncatedTo(ChronoUnit.SECONDS);
        return withMillis
                ? DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
                        .withZone(ZoneOffset.UTC)
                        .format(seconds)
                : DateTimeFormatter.ISO_INSTANT.format(seconds);
    }

    private static void putIfPresent(Map<String, Object> view, String key, String value) {
        if (value != null) {
            view.put(key, value);
        }
    }
}
