package io.engagementhub.adapter.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A table of integer key tuples that records which recipients a statistic has seen (e.g. campaign,
 * type, recipient): a distinct count grows exactly by the tuples that are new to it. New tuples are
 * inserted plainly, in sorted order; one a concurrent writer added first fails the insert on the key
 * and the append is retried.
 */
final class SeenSet {

    private static final int MAX_ROWS = 500;

    private final String table;
    private final List<String> columns;

    SeenSet(String table, List<String> columns) {
        this.table = table;
        this.columns = List.copyOf(columns);
    }

    /** Adds the tuples not in the table yet and returns them. */
    List<List<Integer>> addNew(Connection connection, Collection<List<Integer>> tuples) throws SQLException {
        List<List<Integer>> candidates = new ArrayList<>(tuples);
        candidates.sort(SeenSet::compare);
        List<List<Integer>> added = new ArrayList<>();
        for (int from = 0; from < candidates.size(); from += MAX_ROWS) {
            List<List<Integer>> chunk = candidates.subList(from, Math.min(candidates.size(), from + MAX_ROWS));
            Set<List<Integer>> present = present(connection, chunk);
            List<List<Integer>> missing =
                    chunk.stream().filter(t -> !present.contains(t)).toList();
            if (!missing.isEmpty()) {
                insert(connection, missing);
                added.addAll(missing);
            }
        }
        return added;
    }

    private Set<List<Integer>> present(Connection connection, List<List<Integer>> tuples) throws SQLException {
        String sql = "SELECT " + String.join(", ", columns) + " FROM " + table + " WHERE ("
                + String.join(", ", columns) + ") IN (" + String.join(", ", Collections.nCopies(tuples.size(), tuple()))
                + ")";
        Set<List<Integer>> present = new HashSet<>();
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            bind(select, tuples);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    List<Integer> found = new ArrayList<>(columns.size());
                    for (int i = 1; i <= columns.size(); i++) {
                        found.add(rows.getInt(i));
                    }
                    present.add(found);
                }
            }
        }
        return present;
    }

    private void insert(Connection connection, List<List<Integer>> tuples) throws SQLException {
        String sql = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES "
                + String.join(", ", Collections.nCopies(tuples.size(), tuple()));
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            bind(insert, tuples);
            insert.executeUpdate();
        }
    }

    private String tuple() {
        return "(" + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
    }

    private static void bind(PreparedStatement statement, List<List<Integer>> tuples) throws SQLException {
        int index = 1;
        for (List<Integer> tuple : tuples) {
            for (Integer value : tuple) {
                statement.setInt(index++, value);
            }
        }
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
