package io.engagementhub.adapter.constantcontact;

import io.engagementhub.domain.model.Campaign;
import io.engagementhub.domain.model.CampaignDetails;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Campaign details gathered from the requests discovery makes anyway
 * (docs/providers/constantcontact.md#campaign-details): the campaign's name and last send date
 * when it is opened, each activity's subject (one request per activity, made only then), and the
 * activity's sends from the stats, which discovery reads on every sync. Details are handed out
 * once each time they change, so the store is written only then. Used by one discovery at a time.
 */
final class ConstantContactCampaignDetails {

    private final String account;
    private final Map<String, Campaign> known = new LinkedHashMap<>();
    private final Map<String, Long> sends = new LinkedHashMap<>();
    private final Map<String, Campaign> changed = new LinkedHashMap<>();

    ConstantContactCampaignDetails(String account) {
        this.account = account;
    }

    /** Discovery opened a campaign: its name and last send date, and each activity's subject. */
    synchronized void opened(String name, Instant lastSent, Map<String, String> subjectsByActivity) {
        subjectsByActivity.forEach((activityId, subject) ->
                offer(new Campaign(account, activityId, name, subject, lastSent, sends.get(activityId))));
    }

    /** The stats gave an activity's sends ({@code em_sends}), or null. */
    synchronized void sent(String activityId, Long count) {
        sends.put(activityId, count);
        Campaign before = known.get(activityId);
        if (before != null) {
            offer(new Campaign(account, activityId, before.name(), before.subject(), before.sentAt(), count));
        }
    }

    /** The details that changed since the previous call. */
    synchronized CampaignDetails drain() {
        List<Campaign> out = new ArrayList<>(changed.values());
        changed.clear();
        return new CampaignDetails(out, 0);
    }

    private void offer(Campaign campaign) {
        if (!Objects.equals(known.put(campaign.campaignId(), campaign), campaign)) {
            changed.put(campaign.campaignId(), campaign);
        }
    }
}
