package io.engagementhub.domain.model;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * How one campaign (mailing as sent) did in one account, computed from the stored events.
 *
 * @param account the account
 * @param campaignId the campaign
 * @param byType for every event type, the events and the distinct recipients (types without events
 *     count zero)
 * @param links per clicked link (by url and link id), most clicked first, then by url
 * @param devices opens and clicks per device type of their client (an event without a client
 *     counts as {@link DeviceType#UNKNOWN}); only device types that occur
 * @param classified opens and clicks told apart by the machine-event rules
 */
public record CampaignStatistics(
        String account,
        String campaignId,
        Map<EngagementType, Count> byType,
        List<LinkStatistics> links,
        Map<DeviceType, Long> devices,
        MachineFigures classified) {

    public CampaignStatistics {
        Require.nonBlank(account, "account");
        Require.nonBlank(campaignId, "campaign id");
        Map<EngagementType, Count> complete = new EnumMap<>(EngagementType.class);
        for (EngagementType type : EngagementType.values()) {
            complete.put(type, byType.getOrDefault(type, Count.ZERO));
        }
        byType = Map.copyOf(complete);
        links = List.copyOf(links);
        devices = Map.copyOf(devices);
        classified = classified == null ? MachineFigures.NONE : classified;
    }

    /** Statistics without classified figures (no event classified). */
    public CampaignStatistics(
            String account,
            String campaignId,
            Map<EngagementType, Count> byType,
            List<LinkStatistics> links,
            Map<DeviceType, Long> devices) {
        this(account, campaignId, byType, links, devices, MachineFigures.NONE);
    }

    /** The events and distinct recipients of one type. */
    public Count of(EngagementType type) {
        return byType.get(type);
    }

    /** Whether the campaign has no stored event at all. */
    public boolean isEmpty() {
        return byType.values().stream().allMatch(count -> count.total() == 0);
    }
}
