package io.engagementhub.domain.testing;

import io.engagementhub.domain.model.Client;
import io.engagementhub.domain.model.Count;
import io.engagementhub.domain.model.DeviceType;
import io.engagementhub.domain.model.EngagementEvent;
import io.engagementhub.domain.model.EngagementType;
import io.engagementhub.domain.model.LinkStatistics;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Campaign statistics computed the slow, obvious way: the expected values for store tests. */
public final class CampaignFigures {

    private CampaignFigures() {}

    /** Events and distinct recipients among {@code events}. */
    public static Count count(List<EngagementEvent> events) {
        long unique = events.stream().map(e -> e.recipient().id()).distinct().count();
        return new Count(events.size(), unique);
    }

    /** Clicks per (url, link id), most clicked first, then by url and id. */
    public static List<LinkStatistics> links(List<EngagementEvent> events) {
        Map<List<String>, List<EngagementEvent>> byLink = new LinkedHashMap<>();
        events.stream().filter(e -> e.type() == EngagementType.CLICKED).forEach(e -> byLink.computeIfAbsent(
                        Arrays.asList(e.link().url(), e.link().id()), k -> new ArrayList<>())
                .add(e));
        List<LinkStatistics> links = new ArrayList<>();
        byLink.forEach((key, clicks) -> links.add(new LinkStatistics(key.get(0), key.get(1), count(clicks))));
        links.sort(Comparator.comparingLong((LinkStatistics l) -> l.clicks().total())
                .reversed()
                .thenComparing(LinkStatistics::url)
                .thenComparing(l -> Objects.requireNonNullElse(l.id(), "")));
        return links;
    }

    /** Opens and clicks per device type of their client. */
    public static Map<DeviceType, Long> devices(List<EngagementEvent> events) {
        Map<DeviceType, Long> devices = new EnumMap<>(DeviceType.class);
        events.stream()
                .filter(e -> e.type() == EngagementType.OPENED || e.type() == EngagementType.CLICKED)
                .forEach(e -> devices.merge(deviceOf(e.client()), 1L, Long::sum));
        return devices;
    }

    private static DeviceType deviceOf(Client client) {
        return client == null ? DeviceType.UNKNOWN : client.deviceType();
    }
}
