package io.engagementhub.adapter.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes {@code stored_event} rows with plain JDBC. Which ids the account already has is asked
 * first (one {@code IN} query per chunk on the primary key's leading column, the event id, so no
 * planner can prefer the account's time index; the account is compared here), and only the new events are inserted, with a
 * plain multi-row insert: cheaper than {@code ON CONFLICT DO NOTHING} on both databases, and the
 * statistics must know which events are new anyway. A concurrent writer that inserted one of the
 * same events first makes the insert fail on the key; the append is then retried as a whole.
 * Statements are cached per chunk size ({@link #MAX_ROWS}, then powers of two).
 */
final class NarrowInsert {

    static final int MAX_ROWS = 1000;

    private static final String COLUMNS = "account, event_id, event_type, occurred_at, campaign_key, origin_key,"
            + " address_key, link_key, link_title, client_key, bounce_key, provider_event_id, machine_reasons, agent_key";
    private static final String ROW = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final Map<Integer, String> insertByRows = new ConcurrentHashMap<>();
    private final Map<Integer, String> selectByIds = new ConcurrentHashMap<>();

    /** The ids among {@code ids} (all of {@code account}) that are stored already. */
    Set<String> stored(Connection connection, String account, List<String> ids) throws SQLException {
        Set<String> stored = new HashSet<>();
        for (int from = 0; from < ids.size(); ) {
            int size = chunk(ids.size() - from);
            String sql = selectByIds.computeIfAbsent(
                    size,
                    n -> "SELECT event_id, account FROM stored_event WHERE event_id IN ("
                            + String.join(", ", Collections.nCopies(n, "?")) + ")");
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                for (int i = 0; i < size; i++) {
                    select.setString(i + 1, ids.get(from + i));
                }
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        if (account.equals(rows.getString(2))) {
                            stored.add(rows.getString(1));
                        }
                    }
                }
            }
            from += size;
        }
        return stored;
    }

    void insert(Connection connection, List<NarrowRow> rows) throws SQLException {
        for (int from = 0; from < rows.size(); ) {
            int size = chunk(rows.size() - from);
            String sql = insertByRows.computeIfAbsent(
                    size,
                    n -> "INSERT INTO stored_event (" + COLUMNS + ") VALUES "
                            + String.join(", ", Collections.nCopies(n, ROW)));
            try (PreparedStatement insert = connection.prepareStatement(sql)) {
                int index = 1;
                for (NarrowRow row : rows.subList(from, from + size)) {
                    index = bind(insert, index, row);
                }
                insert.executeUpdate();
            }
            from += size;
        }
    }

    static int chunk(int remaining) {
        return remaining >= MAX_ROWS ? MAX_ROWS : Integer.highestOneBit(remaining);
    }

    private static int bind(PreparedStatement insert, int first, NarrowRow row) throws SQLException {
        int i = first;
        insert.setString(i++, row.account());
        insert.setString(i++, row.eventId());
        insert.setShort(i++, row.typeCode());
        insert.setObject(i++, row.occurredAt().atOffset(ZoneOffset.UTC));
        insert.setInt(i++, row.campaignKey());
        insert.setInt(i++, row.originKey());
        insert.setInt(i++, row.addressKey());
        setInteger(insert, i++, row.linkKey());
        setText(insert, i++, row.linkTitle());
        setInteger(insert, i++, row.clientKey());
        setInteger(insert, i++, row.bounceKey());
        setText(insert, i++, row.providerEventId());
        insert.setInt(i++, row.machineReasons());
        setInteger(insert, i++, row.agentKey());
        return i;
    }

    private static void setInteger(PreparedStatement statement, int index, Integer value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.INTEGER);
        } else {
            statement.setInt(index, value);
        }
    }

    private static void setText(PreparedStatement statement, int index, String value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, value);
        }
    }
}
