package io.engagementhub.adapter.persistence;

import static io.engagementhub.adapter.persistence.jooq.Tables.EVENT_AGENT;
import static io.engagementhub.adapter.persistence.jooq.Tables.EVENT_CLIENT;

import io.engagementhub.adapter.persistence.jooq.tables.records.EventAgentRecord;
import io.engagementhub.adapter.persistence.jooq.tables.records.StoredEventRecord;
import io.engagementhub.domain.model.Client;
import io.engagementhub.domain.model.DeviceType;
import io.engagementhub.domain.model.MachineFigures;
import io.engagementhub.domain.model.MachineVerdict;
import io.engagementhub.domain.model.ParsedClient;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jooq.DSLContext;

/**
 * A stored event as the statistics count it.
 *
 * @param linkKey the clicked link, or null
 * @param deviceType the device type an open or click counts under; null for other types
 * @param mask the machine verdict's bit mask
 * @param parsed the parsed client, which buckets human opens and clicks
 */
record CountedEvent(
        int campaignKey,
        short type,
        int recipientKey,
        Integer linkKey,
        String deviceType,
        int mask,
        ParsedClient parsed) {

    /** The verdict masks of human events (no reason, or an image proxy only). */
    static final Set<Integer> HUMAN_MASKS = Set.of(0, MachineVerdict.HUMAN_MASK);

    /** Whether this is an open or a click, the types classified and broken down by client. */
    boolean engagement() {
        return TypeCodes.countsPerDevice(type);
    }

    /** Whether this is an open or a click of a person. */
    boolean human() {
        return human(type, mask);
    }

    /** Whether an event of this type code and verdict mask is an open or a click of a person. */
    static boolean human(short type, int mask) {
        return TypeCodes.countsPerDevice(type) && HUMAN_MASKS.contains(mask);
    }

    String operatingSystem() {
        return MachineFigures.operatingSystemOf(client(), MachineVerdict.fromMask(mask));
    }

    String emailClient() {
        return MachineFigures.emailClientOf(client(), MachineVerdict.fromMask(mask));
    }

    private Client client() {
        return new Client(null, null, null, null, parsed);
    }

    /** The stored rows as counted, reading their clients and agents. */
    static List<CountedEvent> of(DSLContext tx, List<StoredEventRecord> rows) {
        Set<Integer> clients = new TreeSet<>();
        Set<Integer> agents = new TreeSet<>();
        for (StoredEventRecord row : rows) {
            if (row.getClientKey() != null) {
                clients.add(row.getClientKey());
            }
            if (row.getAgentKey() != null) {
                agents.add(row.getAgentKey());
            }
        }
        Map<Integer, String> deviceOf =
                Chunks.lookUp(tx, EVENT_CLIENT.CLIENT_KEY, clients, EVENT_CLIENT.CLIENT_KEY, EVENT_CLIENT.DEVICE_TYPE);
        Map<Integer, EventAgentRecord> agentOf = new HashMap<>();
        for (List<Integer> chunk : Chunks.of(tx, agents)) {
            agentOf.putAll(tx.selectFrom(EVENT_AGENT)
                    .where(Chunks.in(tx, EVENT_AGENT.AGENT_KEY, chunk))
                    .fetchMap(EVENT_AGENT.AGENT_KEY));
        }
        List<CountedEvent> counted = new ArrayList<>(rows.size());
        for (StoredEventRecord row : rows) {
            boolean engagement = TypeCodes.countsPerDevice(row.getEventType());
            counted.add(new CountedEvent(
                    row.getCampaignKey(),
                    row.getEventType(),
                    row.getRecipientKey(),
                    row.getLinkKey(),
                    !engagement
                            ? null
                            : row.getClientKey() == null
                                    ? DeviceType.UNKNOWN.name()
                                    : StoredDimensions.required(deviceOf, row.getClientKey(), "client"),
                    row.getMachineReasons(),
                    row.getAgentKey() == null
                            ? ParsedClient.UNKNOWN
                            : EventRecords.parsed(StoredDimensions.required(agentOf, row.getAgentKey(), "agent"))));
        }
        return counted;
    }
}
