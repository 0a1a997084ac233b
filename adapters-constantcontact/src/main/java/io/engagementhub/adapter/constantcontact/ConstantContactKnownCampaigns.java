package io.engagementhub.adapter.constantcontact;

import io.engagementhub.domain.port.out.SourceStateStore;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What discovery learnt about the account's campaigns: each campaign's last send date and its
 * reportable activities, so that a campaign is opened ({@code GET /emails/{id}}) again only when its
 * last send date moves. Kept in memory and, through the {@link SourceStateStore}, across restarts:
 * loaded once by the first use in this source, saved when a discovery changed it. The stored value
 * is {@code v1} and one line per campaign: {@code <campaign id> <last sent> <activity id>,...}. A
 * value this class cannot read is ignored (it costs requests, never events).
 */
final class ConstantContactKnownCampaigns {

    /** The key of the account's campaigns in the source state store. */
    static final String STATE_KEY = "constantcontact/campaigns";

    private static final Logger LOG = LoggerFactory.getLogger(ConstantContactKnownCampaigns.class);
    private static final String VERSION = "v1";

    /** A campaign's last send date and reportable activities. */
    record Campaign(Instant lastSent, List<String> activityIds) {

        Campaign {
            activityIds = List.copyOf(activityIds);
        }
    }

    private final String account;
    private final SourceStateStore store;
    private final Map<String, Campaign> campaigns = new ConcurrentHashMap<>();
    private final Map<String, String> campaignOfActivity = new ConcurrentHashMap<>();
    private volatile String saved;
    private volatile boolean loaded;

    ConstantContactKnownCampaigns(String account, SourceStateStore store) {
        this.account = account;
        this.store = store;
    }

    /** The known campaign, if its last send date is still {@code lastSent}. */
    Optional<Campaign> unchanged(String campaignId, Instant lastSent) {
        load();
        Campaign known = campaigns.get(campaignId);
        return known != null && known.lastSent().equals(lastSent) ? Optional.of(known) : Optional.empty();
    }

    /** The campaign of an activity, if known. */
    Optional<String> campaignOf(String activityId) {
        load();
        return Optional.ofNullable(campaignOfActivity.get(activityId));
    }

    /** Makes {@code current} (the campaigns one discovery found) what is known, saved if it changed. */
    void replaceWith(Map<String, Campaign> current) {
        load();
        campaigns.clear();
        campaigns.putAll(current);
        campaignOfActivity.clear();
        current.forEach((id, campaign) -> campaign.activityIds().forEach(a -> campaignOfActivity.put(a, id)));
        String text = encode(current);
        if (!text.equals(saved)) {
            store.save(account, STATE_KEY, text);
            saved = text;
        }
    }

    private synchronized void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        store.load(account, STATE_KEY).ifPresent(text -> {
            try {
                Map<String, Campaign> stored = decode(text);
                stored.forEach((id, campaign) -> {
                    campaigns.putIfAbsent(id, campaign);
                    campaign.activityIds().forEach(a -> campaignOfActivity.putIfAbsent(a, id));
                });
                saved = text;
            } catch (RuntimeException e) {
                LOG.warn(
                        "ignoring the stored campaigns of Constant Contact account '{}' ({}): they are read again",
                        account,
                        e.getMessage());
            }
        });
    }

    static String encode(Map<String, Campaign> campaigns) {
        StringBuilder out = new StringBuilder(VERSION);
        campaigns.forEach((id, campaign) -> out.append('\n')
                .append(id)
                .append(' ')
                .append(campaign.lastSent())
                .append(' ')
                .append(String.join(",", campaign.activityIds())));
        return out.toString();
    }

    static Map<String, Campaign> decode(String text) {
        String[] lines = text.split("\n", -1);
        if (!lines[0].equals(VERSION)) {
            throw new IllegalArgumentException("not a " + VERSION + " campaign list");
        }
        Map<String, Campaign> campaigns = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            String[] parts = lines[i].split(" ", -1);
            if (parts.length != 3 || parts[0].isEmpty()) {
                throw new IllegalArgumentException("line " + i + " is not '<id> <last sent> <activities>'");
            }
            List<String> activities = parts[2].isEmpty() ? List.of() : List.of(parts[2].split(","));
            campaigns.put(parts[0], new Campaign(Instant.parse(parts[1]), activities));
        }
        return campaigns;
    }
}
