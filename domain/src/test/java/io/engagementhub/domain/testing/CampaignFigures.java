package io.engagementhub.domain.testing;

import io.engagementhub.domain.model.Client;
import io.engagementhub.domain.model.Count;
import io.engagementhub.domain.model.DeviceType;
import io.engagementhub.domain.model.EngagementEvent;
import io.engagementhub.domain.model.EngagementType;
import io.engagementhub.domain.model.LinkStatistics;
import io.engagementhub.domain.model.MachineFigures;
import io.engagementhub.domain.model.MachineReason;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

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

    /** Opens and clicks told apart by their stored verdicts. */
    public static MachineFigures classified(List<EngagementEvent> events) {
        Map<EngagementType, Count> human = new EnumMap<>(EngagementType.class);
        Map<MachineReason, Long> machine = new EnumMap<>(MachineReason.class);
        Map<String, Long> systems = new TreeMap<>();
        Map<String, Long> clients = new TreeMap<>();
        for (EngagementType type : List.of(EngagementType.OPENED, EngagementType.CLICKED)) {
            List<EngagementEvent> ofType =
                    events.stream().filter(e -> e.type() == type).toList();
            List<EngagementEvent> people =
                    ofType.stream().filter(e -> !e.machine().flagged()).toList();
            human.put(type, count(people));
            for (EngagementEvent e : ofType) {
                e.machine().reasons().stream()
                        .filter(MachineReason::machine)
                        .forEach(reason -> machine.merge(reason, 1L, Long::sum));
            }
            for (EngagementEvent e : people) {
                systems.merge(MachineFigures.operatingSystemOf(e.client(), e.machine()), 1L, Long::sum);
                clients.merge(MachineFigures.emailClientOf(e.client(), e.machine()), 1L, Long::sum);
            }
        }
        return new MachineFigures(human, machine, systems, clients);
    }

    private static DeviceType deviceOf(Client client) {
        return client == null ? DeviceType.UNKNOWN : client.deviceType();
    }
}
