package io.engagementhub.domain.model;

import java.util.EnumMap;
import java.util.Map;

/**
 * A campaign's opens and clicks told apart by the machine-event rules.
 *
 * @param human opens and clicks not flagged as a machine's: events and distinct recipients (only
 *     {@link EngagementType#OPENED} and {@link EngagementType#CLICKED} are classified; absent
 *     types count zero)
 * @param machine flagged opens and clicks per reason (an event with two reasons counts under both)
 * @param operatingSystems human opens and clicks per operating system of their client
 *     ({@link #UNKNOWN} when not known, {@link #PROXY} through an image proxy)
 * @param emailClients human opens and clicks per agent (mail client or browser), likewise
 */
public record MachineFigures(
        Map<EngagementType, Count> human,
        Map<MachineReason, Long> machine,
        Map<String, Long> operatingSystems,
        Map<String, Long> emailClients) {

    /** The bucket of clients nothing is known about. */
    public static final String UNKNOWN = "unknown";

    /** The bucket of human opens through an image proxy, which hides the client. */
    public static final String PROXY = "unknown (proxy)";

    /** No classified event. */
    public static final MachineFigures NONE = new MachineFigures(Map.of(), Map.of(), Map.of(), Map.of());

    public MachineFigures {
        Map<EngagementType, Count> complete = new EnumMap<>(EngagementType.class);
        complete.put(EngagementType.OPENED, human.getOrDefault(EngagementType.OPENED, Count.ZERO));
        complete.put(EngagementType.CLICKED, human.getOrDefault(EngagementType.CLICKED, Count.ZERO));
        human = Map.copyOf(complete);
        machine = Map.copyOf(machine);
        operatingSystems = Map.copyOf(operatingSystems);
        emailClients = Map.copyOf(emailClients);
    }

    /** The human events and distinct recipients of opens or clicks. */
    public Count humanOf(EngagementType type) {
        Count count = human.get(type);
        if (count == null) {
            throw new IllegalArgumentException("only opens and clicks are classified, not " + type);
        }
        return count;
    }

    /** The operating-system bucket an open or click counts under. */
    public static String operatingSystemOf(Client client, MachineVerdict verdict) {
        return bucket(client == null ? null : client.parsed().operatingSystem(), verdict);
    }

    /** The email-client bucket an open or click counts under. */
    public static String emailClientOf(Client client, MachineVerdict verdict) {
        return bucket(client == null ? null : client.parsed().agentName(), verdict);
    }

    private static String bucket(String name, MachineVerdict verdict) {
        if (verdict.has(MachineReason.IMAGE_PROXY)) {
            return PROXY;
        }
        return name == null ? UNKNOWN : name;
    }
}
