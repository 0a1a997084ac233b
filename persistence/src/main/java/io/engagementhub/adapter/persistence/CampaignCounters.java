package io.engagementhub.adapter.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;

/**
 * The maintained campaign statistics: per campaign and type (events, distinct recipients), per
 * campaign and link (clicks, distinct recipients), per campaign and device (opens and clicks), and
 * the classified figures of opens and clicks ({@link MachineCounters}); distinct recipients through
 * {@link CampaignRecipients}, once the rows they add to exist.
 * {@link #add} runs in the transaction of the append that stored the rows, so the counts never
 * disagree with the events.
 */
final class CampaignCounters {

    final CounterTable types = new CounterTable(
            "campaign_type_count", List.of("campaign_key", "event_type"), List.of("events", "recipients"));
    final CounterTable links = new CounterTable(
            "campaign_link_count", List.of("campaign_key", "link_key"), List.of("clicks", "recipients"));
    final CounterTable devices =
            new CounterTable("campaign_device_count", List.of("campaign_key", "device_type"), List.of("events"));
    final MachineCounters machine = new MachineCounters();

    /** Counts {@code rows}, every one newly stored. */
    void add(DSLContext tx, Connection connection, List<NarrowRow> rows) throws SQLException {
        Map<List<Object>, long[]> typeDeltas = CounterTable.deltas();
        Map<List<Object>, long[]> linkDeltas = CounterTable.deltas();
        Map<List<Object>, long[]> deviceDeltas = CounterTable.deltas();
        for (NarrowRow row : rows) {
            int type = row.typeCode();
            typeDeltas.computeIfAbsent(List.of(row.campaignKey(), type), k -> new long[2])[0]++;
            if (type == TypeCodes.CLICKED && row.linkKey() != null) {
                linkDeltas.computeIfAbsent(List.of(row.campaignKey(), row.linkKey()), k -> new long[2])[0]++;
            }
            if (row.deviceType() != null) {
                deviceDeltas.computeIfAbsent(List.of(row.campaignKey(), row.deviceType()), k -> new long[1])[0]++;
            }
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
        CampaignRecipients.add(tx, rows).apply(tx);
    }
}
