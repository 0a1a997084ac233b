package io.engagementhub.adapter.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;

/**
 * The benchmarks' second floor: {@link FlatFloor}'s table, plus the least a plain JDBC program needs
 * to keep the store's promises about the same rows. Each page in one transaction with its
 * checkpoint; an event stored once however often it is read (the page's ids looked up first, only
 * new ones inserted); a listing by recipient served by an index; and campaign statistics answered
 * without a scan (events and distinct recipients per campaign and type, kept by counter rows).
 *
 * <p>The recipient index is {@code (recipient, account, campaign, type)}, so it is also the
 * seen-set: which campaigns and types the page's recipients already have is one lookup in it, and
 * no other table grows per event. No dimension rows, classification, link or device figures, nor
 * concurrent writers. What the store costs beyond this is its design; what this costs beyond {@link
 * FlatFloor} is the promises.
 *
 * <p>Each database gets its cheapest lookup of a page's values: PostgreSQL one array per lookup
 * ({@code = ANY(?)}, one statement text); H2 lists of {@value #LIST}, the listed column leading the
 * index (H2 probes an index with an {@code IN} list only on its first column).
 */
public final class ContractFloor {

    /** Values per {@code IN} list on H2; a shorter list is padded with its last value. */
    private static final int LIST = 128;

    private record Seen(String campaign, String type, String recipient) {}

    private record Count(String campaign, String type) {}

    private final DataSource dataSource;
    private final boolean postgres;
    private long eventsStored;
    private long storedWhenAnalysed;

    private ContractFloor(DataSource dataSource, boolean postgres) {
        this.dataSource = dataSource;
        this.postgres = postgres;
    }

    /** Creates the floor's tables in {@code dataSource}'s database. */
    public static ContractFloor create(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement ddl = connection.createStatement()) {
            ddl.execute(FlatFloor.createTable("contract_event", "event_id, account"));
            ddl.execute("CREATE INDEX ix_contract_time ON contract_event (account, occurred_at)");
            ddl.execute("CREATE INDEX ix_contract_campaign ON contract_event (account, campaign_id)");
            ddl.execute("CREATE INDEX ix_contract_recipient"
                    + " ON contract_event (recipient_id, account, campaign_id, event_type)");
            ddl.execute("CREATE TABLE contract_checkpoint (account VARCHAR(200) NOT NULL,"
                    + " stream_key VARCHAR(200) NOT NULL, position_text VARCHAR NOT NULL,"
                    + " PRIMARY KEY (account, stream_key))");
            ddl.execute("CREATE TABLE contract_count (account VARCHAR(200) NOT NULL, campaign_id VARCHAR NOT NULL,"
                    + " event_type VARCHAR(32) NOT NULL, events BIGINT NOT NULL, recipients BIGINT NOT NULL,"
                    + " PRIMARY KEY (account, campaign_id, event_type))");
            return new ContractFloor(
                    dataSource,
                    connection.getMetaData().getDatabaseProductName().equals("PostgreSQL"));
        }
    }

    /** Stores the page's new rows, all of {@code account}, and moves the stream's checkpoint. */
    public void append(String account, String streamKey, List<FlatFloor.Row> page) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            saveCheckpoint(
                    connection, account, streamKey, page.get(page.size() - 1).id());
            Set<String> stored = new HashSet<>();
            found(
                            connection,
                            "event_id",
                            "event_id",
                            account,
                            page.stream().map(FlatFloor.Row::id).toList())
                    .forEach(found -> stored.add(found.get(0)));
            Map<String, FlatFloor.Row> fresh = new LinkedHashMap<>();
            page.stream().filter(row -> !stored.contains(row.id())).forEach(row -> fresh.putIfAbsent(row.id(), row));
            Map<Count, long[]> counts = counts(connection, account, fresh.values());
            insertEvents(connection, fresh.values());
            for (Map.Entry<Count, long[]> count : counts.entrySet()) {
                addCount(connection, account, count.getKey(), count.getValue()[0], count.getValue()[1]);
            }
            connection.commit();
            connection.setAutoCommit(true);
            eventsStored += fresh.size();
            analyseIfGrown(connection);
        }
    }

    /**
     * PostgreSQL: {@code ANALYZE} after the first 2,000 events and whenever the tables grew by a
     * quarter since, as its manual advises after bulk loads; otherwise the planner, taking the new
     * tables for empty, checks every page's ids with a sequential scan (autovacuum is off on the
     * benchmark machine).
     */
    private void analyseIfGrown(Connection connection) throws SQLException {
        if (postgres && eventsStored >= 2_000 && eventsStored >= storedWhenAnalysed * 5 / 4) {
            try (Statement analyse = connection.createStatement()) {
                analyse.execute("ANALYZE contract_event, contract_count");
            }
            storedWhenAnalysed = eventsStored;
        }
    }

    private static void saveCheckpoint(Connection connection, String account, String streamKey, String position)
            throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE contract_checkpoint SET position_text = ? WHERE account = ? AND stream_key = ?")) {
            update.setString(1, position);
            update.setString(2, account);
            update.setString(3, streamKey);
            if (update.executeUpdate() > 0) {
                return;
            }
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO contract_checkpoint (account, stream_key, position_text) VALUES (?, ?, ?)")) {
            insert.setString(1, account);
            insert.setString(2, streamKey);
            insert.setString(3, position);
            insert.executeUpdate();
        }
    }

    private static void insertEvents(Connection connection, Iterable<FlatFloor.Row> rows) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(FlatFloor.INSERT.replace("floor_", "contract_"))) {
            FlatFloor.addBatch(insert, rows);
            insert.executeBatch();
        }
    }

    /**
     * Events and new distinct recipients per campaign and type that the new rows add: a recipient is
     * new to a campaign and type unless the recipient index holds it there already, or an earlier
     * row of the page.
     */
    private Map<Count, long[]> counts(Connection connection, String account, Iterable<FlatFloor.Row> rows)
            throws SQLException {
        Set<Seen> seen = new LinkedHashSet<>();
        Set<String> recipients = new LinkedHashSet<>();
        Map<Count, long[]> counts = new LinkedHashMap<>();
        for (FlatFloor.Row row : rows) {
            seen.add(new Seen(row.campaign(), row.type(), row.recipient()));
            recipients.add(row.recipient());
            counts.computeIfAbsent(new Count(row.campaign(), row.type()), key -> new long[2])[0]++;
        }
        for (List<String> found : found(
                connection,
                "campaign_id, event_type, recipient_id",
                "recipient_id",
                account,
                List.copyOf(recipients))) {
            seen.remove(new Seen(found.get(0), found.get(1), found.get(2)));
        }
        seen.forEach(s -> counts.get(new Count(s.campaign(), s.type()))[1]++);
        return counts;
    }

    private static void addCount(Connection connection, String account, Count key, long events, long recipients)
            throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE contract_count"
                + " SET events = events + ?, recipients = recipients + ?"
                + " WHERE account = ? AND campaign_id = ? AND event_type = ?")) {
            update.setLong(1, events);
            update.setLong(2, recipients);
            update.setString(3, account);
            update.setString(4, key.campaign());
            update.setString(5, key.type());
            if (update.executeUpdate() > 0) {
                return;
            }
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO contract_count"
                + " (account, campaign_id, event_type, events, recipients) VALUES (?, ?, ?, ?, ?)")) {
            insert.setString(1, account);
            insert.setString(2, key.campaign());
            insert.setString(3, key.type());
            insert.setLong(4, events);
            insert.setLong(5, recipients);
            insert.executeUpdate();
        }
    }

    /** The {@code columns} of the account's events whose {@code column} is one of {@code values}. */
    private List<List<String>> found(
            Connection connection, String columns, String column, String account, List<String> values)
            throws SQLException {
        String select = "SELECT " + columns + " FROM contract_event WHERE account = ? AND " + column;
        List<List<String>> found = new ArrayList<>();
        if (postgres) {
            try (PreparedStatement query = connection.prepareStatement(select + " = ANY(?)")) {
                query.setString(1, account);
                query.setArray(2, connection.createArrayOf("varchar", values.toArray()));
                read(query, found);
            }
            return found;
        }
        try (PreparedStatement query = connection.prepareStatement(select + " IN (" + "?, ".repeat(LIST - 1) + "?)")) {
            for (int first = 0; first < values.size(); first += LIST) {
                query.setString(1, account);
                for (int i = 0; i < LIST; i++) {
                    query.setString(2 + i, values.get(Math.min(first + i, values.size() - 1)));
                }
                read(query, found);
            }
        }
        return found;
    }

    private static void read(PreparedStatement query, List<List<String>> into) throws SQLException {
        try (ResultSet rows = query.executeQuery()) {
            int columns = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                List<String> row = new ArrayList<>(columns);
                for (int c = 1; c <= columns; c++) {
                    row.add(rows.getString(c));
                }
                into.add(row);
            }
        }
    }
}
