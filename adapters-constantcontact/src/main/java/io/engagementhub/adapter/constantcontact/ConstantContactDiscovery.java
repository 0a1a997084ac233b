package io.engagementhub.adapter.constantcontact;

import io.engagementhub.domain.model.CampaignDetails;
import io.engagementhub.domain.model.Discovery;
import io.engagementhub.domain.model.Stream;
import io.engagementhub.domain.port.out.AccessDeniedException;
import io.engagementhub.domain.port.out.EngagementSourceException;
import io.engagementhub.domain.port.out.QuotaExhaustedException;
import io.engagementhub.domain.port.out.SourceStateStore;
import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the account's streams: the campaign summaries give each sent campaign's last send date;
 * campaigns sent within the look-back are opened (once, then known until their last send date
 * moves, across restarts: {@link ConstantContactKnownCampaigns}) for their {@code primary_email}
 * and {@code resend} activities; the activity stats, 10 ids
 * a request, give each report's count, the stream's fingerprint. An activity without stats or
 * without sends was never sent and is skipped (docs/providers/constantcontact.md#discovering-campaign-activities).
 */
final class ConstantContactDiscovery {

    private static final int STATS_BATCH = 10;
    private static final Logger LOG = LoggerFactory.getLogger(ConstantContactDiscovery.class);

    private final ConstantContactContext context;
    private final ConstantContactTransport transport;
    private final ConstantContactKnownCampaigns known;
    private final ConstantContactCampaignDetails details;
    /** Requests of the discovery under way; discovery of one account runs in one thread at a time. */
    private int requests;
    /** The activity stats the latest discovery read, by activity id. */
    private final Map<String, ConstantContactActivityStats.Result> statsRead = new LinkedHashMap<>();

    ConstantContactDiscovery(
            ConstantContactContext context, ConstantContactTransport transport, SourceStateStore state) {
        this.context = context;
        this.transport = transport;
        this.known = new ConstantContactKnownCampaigns(context.account(), state);
        this.details = new ConstantContactCampaignDetails(context.account());
    }

    /** The campaign details that changed in the discoveries since the previous call. */
    CampaignDetails campaigns() {
        return details.drain();
    }

    /** The campaign of an activity found by a discovery (of this source or, stored, an earlier one), if known. */
    Optional<String> campaignOf(String activityId) {
        return known.campaignOf(activityId);
    }

    /** The activity stats the latest discovery read, by activity id: the totals answer from them. */
    Map<String, ConstantContactActivityStats.Result> statsRead() {
        return Map.copyOf(statsRead);
    }

    Discovery discover() {
        requests = 0;
        statsRead.clear();
        Instant since =
                context.clock().instant().minus(context.settings().reading().lookBack());
        Map<String, ConstantContactKnownCampaigns.Campaign> current = new LinkedHashMap<>();
        sentSince(since).forEach((campaignId, lastSent) -> current.put(campaignId, campaign(campaignId, lastSent)));
        known.replaceWith(current);
        List<String> activityIds = new ArrayList<>();
        current.values().forEach(campaign -> activityIds.addAll(campaign.activityIds()));
        List<Stream> streams = new ArrayList<>();
        for (int i = 0; i < activityIds.size(); i += STATS_BATCH) {
            List<String> batch = activityIds.subList(i, Math.min(activityIds.size(), i + STATS_BATCH));
            streams.addAll(streams(batch));
        }
        return new Discovery(streams, requests);
    }

    /** One GET of this discovery, its requests added to the discovery's. */
    private <T> T fetch(URI uri, String endpoint, Class<T> type, String what) {
        ConstantContactTransport.Answer<T> answer = transport.get(uri, endpoint, type, what);
        requests += answer.requests();
        return answer.value();
    }

    /** Campaigns last sent at or after {@code since}, newest first, with their last send date. */
    private Map<String, Instant> sentSince(Instant since) {
        Map<String, Instant> sent = new LinkedHashMap<>();
        String href = null;
        do {
            var uri = href == null
                    ? context.settings().endpoints().api("/reports/summary_reports/email_campaign_summaries?limit=500")
                    : context.settings().endpoints().follow(href);
            ConstantContactSummariesPage page =
                    fetch(uri, "email_campaign_summaries", ConstantContactSummariesPage.class, "campaign summaries");
            boolean older = false;
            for (ConstantContactSummariesPage.Summary summary : page.summariesOrEmpty()) {
                Instant lastSent = instant(summary.lastSentDate());
                if (summary.campaignId() != null && lastSent != null && !lastSent.isBefore(since)) {
                    sent.put(summary.campaignId(), lastSent);
                }
                older |= lastSent != null && lastSent.isBefore(since);
            }
            href = older ? null : ConstantContactLinks.nextHref(page.links());
        } while (href != null && sent.size() < 100_000);
        return sent;
    }

    /** The campaign as known, or opened again when it is new or was sent since. */
    private ConstantContactKnownCampaigns.Campaign campaign(String campaignId, Instant lastSent) {
        return known.unchanged(campaignId, lastSent).orElseGet(() -> {
            var uri = context.settings().endpoints().api("/emails/" + campaignId);
            ConstantContactCampaign campaign =
                    fetch(uri, "emails/{campaign_id}", ConstantContactCampaign.class, "campaign " + campaignId);
            List<String> activityIds = reportable(campaign);
            details.opened(campaign.name(), lastSent, subjects(activityIds));
            return new ConstantContactKnownCampaigns.Campaign(lastSent, activityIds);
        });
    }

    private static List<String> reportable(ConstantContactCampaign campaign) {
        // Title-case statuses, compared case-insensitively
        // (docs/providers/constantcontact.md#discovering-campaign-activities)
        String status =
                campaign.currentStatus() == null ? "" : campaign.currentStatus().toLowerCase(Locale.ROOT);
        if (status.equals("draft") || status.equals("removed")) {
            return List.of();
        }
        return campaign.activitiesOrEmpty().stream()
                .filter(a -> a.campaignActivityId() != null)
                .filter(a -> "primary_email".equals(a.role()) || "resend".equals(a.role()))
                .map(ConstantContactCampaign.Activity::campaignActivityId)
                .toList();
    }

    /**
     * Each activity's subject, one request each (docs/providers/constantcontact.md#campaign-details);
     * an activity that cannot be read keeps no subject rather than failing discovery.
     */
    private Map<String, String> subjects(List<String> activityIds) {
        Map<String, String> subjects = new LinkedHashMap<>();
        for (String id : activityIds) {
            var uri = context.settings().endpoints().api("/emails/activities/" + id);
            String subject = null;
            try {
                subject = fetch(uri, "emails/activities/{id}", ConstantContactActivity.class, "activity " + id)
                        .subject();
            } catch (AccessDeniedException | QuotaExhaustedException e) {
                throw e;
            } catch (EngagementSourceException e) {
                LOG.warn(
                        "Constant Contact account '{}': no subject for activity {}: {}",
                        context.account(),
                        id,
                        e.getMessage());
            }
            subjects.put(id, subject);
        }
        return subjects;
    }

    private List<Stream> streams(List<String> activityIds) {
        var uri = context.settings()
                .endpoints()
                .api("/reports/stats/email_campaign_activities/" + String.join(",", activityIds));
        ConstantContactActivityStats stats =
                fetch(uri, "stats/email_campaign_activities", ConstantContactActivityStats.class, "activity stats");
        List<Stream> streams = new ArrayList<>();
        for (ConstantContactActivityStats.Result result : stats.resultsOrEmpty()) {
            Map<String, Long> counts = result.statsOrEmpty();
            if (result.campaignActivityId() == null) {
                continue;
            }
            statsRead.put(result.campaignActivityId(), result);
            if (Long.valueOf(0).equals(counts.get("em_sends"))) {
                continue;
            }
            details.sent(result.campaignActivityId(), counts.get("em_sends"));
            for (ConstantContactReport report : ConstantContactReport.values()) {
                Long count = counts.get(report.statsKey());
                String key = new ConstantContactStreamKey(result.campaignActivityId(), report).key();
                streams.add(new Stream(key, count == null ? null : count.toString()));
            }
        }
        return streams;
    }

    /** An ISO-8601 time of a report, or null when missing or not ISO-8601: the figures stand without it. */
    static Instant instant(String text) {
        try {
            return text == null || text.isBlank()
                    ? null
                    : OffsetDateTime.parse(text.trim()).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
