package io.engagementhub.adapter.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import javax.sql.DataSource;

/**
 * The benchmarks' floor: the naive design done plainly. One flat table (account, id, type, time,
 * campaign, recipient, url, ip, user agent, provider id) with a primary key and two indexes, filled
 * by a JDBC batch insert, one commit per page, no duplicate handling, no checkpoint, no statistics.
 */
public final class FlatFloor {

    /** One floor row: the fields the floor keeps of an event. */
    public record Row(
            String account,
            String id,
            String type,
            Instant time,
            String campaign,
            String recipient,
            String url,
            String ip,
            String userAgent,
            String providerId) {}

    /** The floor's insert of one row, its ten parameters in the table's column order. */
    public static final String INSERT = "INSERT INTO floor_event (account, event_id, event_type, occurred_at,"
            + " campaign_id, recipient_id, url, ip, user_agent, provider_event_id)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final DataSource dataSource;

    private FlatFloor(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Creates the floor's table and indexes in {@code dataSource}'s database. */
    public static FlatFloor create(DataSource dataSource) throws SQLException {
        createTable(dataSource);
        return new FlatFloor(dataSource);
    }

    /** Creates the floor's table ({@code floor_event}) and its two indexes. */
    public static void createTable(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement ddl = connection.createStatement()) {
            ddl.execute(createTable("floor_event", "account, event_id"));
            ddl.execute("CREATE INDEX ix_floor_time ON floor_event (account, occurred_at)");
            ddl.execute("CREATE INDEX ix_floor_campaign ON floor_event (account, campaign_id)");
        }
    }

    /** The floor's table, named {@code name}, with {@code key} as its primary key. */
    static String createTable(String name, String key) {
        return "CREATE TABLE " + name + " (account VARCHAR(200) NOT NULL, event_id VARCHAR(200) NOT NULL,"
                + " event_type VARCHAR(32) NOT NULL, occurred_at TIMESTAMP WITH TIME ZONE NOT NULL,"
                + " campaign_id VARCHAR NOT NULL, recipient_id VARCHAR NOT NULL, url VARCHAR, ip VARCHAR,"
                + " user_agent VARCHAR, provider_event_id VARCHAR, PRIMARY KEY (" + key + "))";
    }

    /** Inserts the page's rows in one transaction. */
    public void insert(List<Row> page) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(INSERT)) {
            connection.setAutoCommit(false);
            addBatch(insert, page);
            insert.executeBatch();
            connection.commit();
            connection.setAutoCommit(true);
        }
    }

    /** Adds each row to {@code insert}'s batch, bound to {@link #INSERT}'s parameters. */
    static void addBatch(PreparedStatement insert, Iterable<Row> rows) throws SQLException {
        for (Row row : rows) {
            insert.setString(1, row.account());
            insert.setString(2, row.id());
            insert.setString(3, row.type());
            insert.setObject(4, row.time().atOffset(ZoneOffset.UTC));
            insert.setString(5, row.campaign());
            insert.setString(6, row.recipient());
            insert.setString(7, row.url());
            insert.setString(8, row.ip());
            insert.setString(9, row.userAgent());
            insert.setString(10, row.providerId());
            insert.addBatch();
        }
    }
}
