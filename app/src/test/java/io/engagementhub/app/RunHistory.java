package io.engagementhub.app;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** The sync runs recorded in a shared database, read with plain JDBC, for tests on several instances. */
final class RunHistory {

    /** One recorded run. */
    record Run(String account, String id, String status, Instant startedAt, Instant finishedAt, String instance) {}

    private RunHistory() {}

    /**
     * No runs while the first instance is still migrating the schema: its table or its newest
     * column is not there yet (PostgreSQL's "undefined table" and "undefined column").
     */
    static List<Run> readOnceMigrated(PostgresSchema db) {
        try {
            return read(db);
        } catch (IllegalStateException e) {
            if (e.getCause() instanceof SQLException sql
                    && Set.of("42P01", "42703").contains(sql.getSQLState())) {
                return List.of();
            }
            throw e;
        }
    }

    static List<Run> read(PostgresSchema db) {
        List<Run> runs = new ArrayList<>();
        try (Connection connection = db.connect();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT account, run_id, status, started_at, finished_at,"
                        + " instance_name FROM sync_run ORDER BY account, started_at, run_id")) {
            while (rows.next()) {
                OffsetDateTime finished = rows.getObject("finished_at", OffsetDateTime.class);
                runs.add(new Run(
                        rows.getString("account"),
                        rows.getString("run_id"),
                        rows.getString("status"),
                        rows.getObject("started_at", OffsetDateTime.class).toInstant(),
                        finished == null ? null : finished.toInstant(),
                        rows.getString("instance_name")));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading sync_run failed", e);
        }
        return runs;
    }

    static Map<String, List<Run>> byAccount(List<Run> runs) {
        Map<String, List<Run>> byAccount = new TreeMap<>();
        runs.forEach(run ->
                byAccount.computeIfAbsent(run.account(), a -> new ArrayList<>()).add(run));
        return byAccount;
    }

    /** Pairs of runs of one account whose time spans overlap (a run still going overlaps all later ones). */
    static List<String> overlaps(List<Run> runs) {
        List<String> overlaps = new ArrayList<>();
        byAccount(runs).forEach((account, list) -> {
            for (int i = 1; i < list.size(); i++) {
                Run earlier = list.get(i - 1);
                Run later = list.get(i);
                if (earlier.finishedAt() == null || earlier.finishedAt().isAfter(later.startedAt())) {
                    overlaps.add(earlier + " overlaps " + later);
                }
            }
        });
        return overlaps;
    }
}
