package io.engagementhub.adapter.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
 * A table of integer key tuples (its primary key, led by the selective recipient key) that records
 * which recipients a statistic has seen (e.g. recipient, campaign, type): a distinct count grows
 * exactly by the tuples that are new to it. Tuples go in as one JDBC batch of single-row
 * {@code INSERT ... ON CONFLICT DO NOTHING}, whose per-row counts say which were new; sorted, so
 * concurrent writers lock keys in one order.
 */
final class SeenSet {

    private final String table;
    private final List<String> columns;

    SeenSet(String table, List<String> columns) {
        this.table = table;
        this.columns = List.copyOf(columns);
    }

    /** Adds the tuples not in the table yet and returns them. */
    List<List<Integer>> addNew(Connection connection, Collection<List<Integer>> tuples) throws SQLException {
        if (tuples.isEmpty()) {
            return List.of();
        }
        List<List<Integer>> candidates = new ArrayList<>(tuples);
        candidates.sort(SeenSet::compare);
        String sql = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                + String.join(", ", Collections.nCopies(columns.size(), "?")) + ") ON CONFLICT DO NOTHING";
        int[] inserted;
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            for (List<Integer> tuple : candidates) {
                for (int i = 0; i < tuple.size(); i++) {
                    insert.setInt(i + 1, tuple.get(i));
                }
                insert.addBatch();
            }
            inserted = insert.executeBatch();
        }
        List<List<Integer>> added = new ArrayList<>();
        for (int i = 0; i < inserted.length; i++) {
            if (inserted[i] > 0) {
                added.add(candidates.get(i));
            } else if (inserted[i] != 0) {
                throw new IllegalStateException(table + ": the driver did not report which rows were inserted");
            }
        }
        return added;
    }

    static int compare(List<Integer> a, List<Integer> b) {
        for (int i = 0; i < a.size(); i++) {
            int order = Integer.compare(a.get(i), b.get(i));
            if (order != 0) {
                return order;
            }
        }
        return 0;
    }
}
