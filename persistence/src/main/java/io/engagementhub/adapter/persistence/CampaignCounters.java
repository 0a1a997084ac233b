package io.engagementhub.adapter.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The maintained campaign statistics: per campaign and type (events, distinct recipients), per
 * campaign and link (clicks, distinct recipients), per campaign and device (opens and clicks), and
 * the classified figures of opens and clicks ({@link MachineCounters}).
 * {@link #add} runs in the transaction of the append that stored the rows, so the counts never
 * disagree with the events.
 */
final class CampaignCounters {

    final SeenSet typeRecipients =
            new SeenSet("campaign_type_recipient", List.of("recipient_key", "campaign_key", "event_type"));
    final SeenSet linkRecipients =
            new SeenSet("campaign_link_recipient", List.of("recipient_key", "campaign_key", "link_key"));
    final CounterTable types = new CounterTable(
            "campaign_type_count", List.of("campaign_key", "event_type"), List.of("events", "recipients"));
    final CounterTable links = new CounterTable(
            "campaign_link_count", List.of("campaign_key", "link_key"), List.of("clicks", "recipients"));
    final CounterTable devices =
            new CounterTable("campaign_device_count", List.of("campaign_key", "device_type"), List.of("events"));
    final MachineCounters machine = new MachineCounters();

    /** Counts {@code rows}, every one newly stored. */
    void add(Connection connection, List<NarrowRow> rows) throws SQLException {
        Map<List<Object>, long[]> typeDeltas = CounterTable.deltas();
        Map<List<Object>, long[]> linkDeltas = CounterTable.deltas();
        Map<List<Object>, long[]> deviceDeltas = CounterTable.deltas();
        Set<List<Integer>> typeTuples = new LinkedHashSet<>();
        Set<List<Integer>> linkTuples = new LinkedHashSet<>();
        for (NarrowRow row : rows) {
            int type = row.typeCode();
            typeDeltas.computeIfAbsent(List.of(row.campaignKey(), type), k -> new long[2])[0]++;
            typeTuples.add(List.of(row.recipientKey(), row.campaignKey(), type));
            if (type == TypeCodes.CLICKED && row.linkKey() != null) {
                linkDeltas.computeIfAbsent(List.of(row.campaignKey(), row.linkKey()), k -> new long[2])[0]++;
                linkTuples.add(List.of(row.recipientKey(), row.campaignKey(), row.linkKey()));
            }
            if (row.deviceType() != null) {
                deviceDeltas.computeIfAbsent(List.of(row.campaignKey(), row.deviceType()), k -> new long[1])[0]++;
            }
        }
        for (List<Integer> seen : typeRecipients.addNew(connection, typeTuples)) {
            typeDeltas.get(List.of(seen.get(1), seen.get(2)))[1]++;
        }
        for (List<Integer> seen : linkRecipients.addNew(connection, linkTuples)) {
            linkDeltas.get(List.of(seen.get(1), seen.get(2)))[1]++;
        }
        types.add(connection, typeDeltas);
        links.add(connection, linkDeltas);
        devices.add(connection, deviceDeltas);
        machine.change(
                connection,
                List.of(),
                rows.stream()
                        .filter(row -> TypeCodes.countsPerDevice(row.typeCode()))
                        .map(NarrowRow::counted)
                        .toList());
    }
}
