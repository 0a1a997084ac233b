package io.engagementhub.adapter.persistence;

import io.engagementhub.domain.model.Client;
import io.engagementhub.domain.model.MachineFigures;
import io.engagementhub.domain.model.MachineReason;
import io.engagementhub.domain.model.MachineVerdict;
import io.engagementhub.domain.model.ParsedClient;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * The maintained statistics of classified opens and clicks: human events per campaign and type,
 * machine events per campaign and reason, human events per campaign and client bucket (the distinct
 * human recipients are {@link CampaignRecipients}' to count). {@link #change} runs in the
 * transaction that stored, reclassified or erased the events, after their rows changed.
 */
final class MachineCounters {

    static final short OPERATING_SYSTEM = 1;
    static final short EMAIL_CLIENT = 2;

    /** The verdict masks of human events (no reason, or an image proxy only). */
    static final List<Integer> HUMAN_MASKS = List.of(0, MachineVerdict.HUMAN_MASK);

    /** One open or click as the statistics count it. */
    record Counted(int campaignKey, short typeCode, int recipientKey, int mask, ParsedClient parsed) {

        boolean human() {
            return HUMAN_MASKS.contains(mask);
        }

        long recipientCampaign() {
            return CampaignRecipients.key(recipientKey, campaignKey);
        }

        String bucket(short facet) {
            Client client = new Client(null, null, null, null, parsed);
            MachineVerdict verdict = MachineVerdict.fromMask(mask);
            return facet == OPERATING_SYSTEM
                    ? MachineFigures.operatingSystemOf(client, verdict)
                    : MachineFigures.emailClientOf(client, verdict);
        }
    }

    private final CounterTable human = new CounterTable(
            "campaign_human_count", List.of("campaign_key", "event_type"), List.of("events", "recipients"));
    private final CounterTable reasons =
            new CounterTable("campaign_machine_count", List.of("campaign_key", "reason"), List.of("events"));
    private final CounterTable clients =
            new CounterTable("campaign_client_count", List.of("campaign_key", "facet", "name"), List.of("events"));

    /**
     * Takes {@code removed} out of the counts and {@code added} in: events stored ({@code added}
     * only), erased ({@code removed} only) or reclassified (the old and the new form). Only opens
     * and clicks may be passed.
     */
    void change(Connection connection, List<Counted> removed, List<Counted> added) throws SQLException {
        Map<List<Object>, long[]> humanDeltas = CounterTable.deltas();
        Map<List<Object>, long[]> reasonDeltas = CounterTable.deltas();
        Map<List<Object>, long[]> clientDeltas = CounterTable.deltas();
        count(removed, -1, humanDeltas, reasonDeltas, clientDeltas);
        count(added, 1, humanDeltas, reasonDeltas, clientDeltas);
        human.add(connection, humanDeltas);
        reasons.add(connection, reasonDeltas);
        clients.add(connection, clientDeltas);
        if (!removed.isEmpty()) {
            dropEmpty(connection);
        }
    }

    private static void count(
            List<Counted> rows,
            int sign,
            Map<List<Object>, long[]> humanDeltas,
            Map<List<Object>, long[]> reasonDeltas,
            Map<List<Object>, long[]> clientDeltas) {
        for (Counted row : rows) {
            if (row.human()) {
                humanDeltas.computeIfAbsent(List.of(row.campaignKey(), row.typeCode()), k -> new long[2])[0] += sign;
                for (short facet : new short[] {OPERATING_SYSTEM, EMAIL_CLIENT}) {
                    clientDeltas
                            .computeIfAbsent(List.of(row.campaignKey(), facet, row.bucket(facet)), k -> new long[1])[
                            0] += sign;
                }
            }
            for (MachineReason reason : MachineVerdict.fromMask(row.mask()).reasons()) {
                if (reason.machine()) {
                    reasonDeltas
                            .computeIfAbsent(List.of(row.campaignKey(), (short) reason.ordinal()), k -> new long[1])[
                            0] += sign;
                }
            }
        }
    }

    private static void dropEmpty(Connection connection) throws SQLException {
        for (String table : List.of("campaign_human_count", "campaign_machine_count", "campaign_client_count")) {
            try (PreparedStatement delete =
                    connection.prepareStatement("DELETE FROM " + table + " WHERE events <= 0")) {
                delete.executeUpdate();
            }
        }
    }
}
