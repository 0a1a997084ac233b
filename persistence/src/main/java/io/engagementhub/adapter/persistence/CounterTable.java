package io.engagementhub.adapter.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A table of maintained counts: a key (campaign and one more column) and one or more counts. Deltas
 * are added in key order (so concurrent writers lock rows in one order) with an update, else an
 * insert; an insert that lost a race fails on the key and the append is retried. (An erasure subtracts
 * and deletes rows that drop to zero, so a table holds exactly what a plain count finds.)
 */
final class CounterTable {

    private final String table;
    private final List<String> keys;
    private final List<String> counts;

    CounterTable(String table, List<String> keys, List<String> counts) {
        this.table = table;
        this.keys = List.copyOf(keys);
        this.counts = List.copyOf(counts);
    }

    /** A map of key tuple to deltas, ordered for locking. */
    static TreeMap<List<Object>, long[]> deltas() {
        return new TreeMap<>(CounterTable::compare);
    }

    void add(Connection connection, Map<List<Object>, long[]> deltas) throws SQLException {
        if (deltas.isEmpty()) {
            return;
        }
        List<Map.Entry<List<Object>, long[]>> entries = new ArrayList<>(deltas.entrySet());
        int[] updated;
        try (PreparedStatement update = connection.prepareStatement(updateSql())) {
            for (Map.Entry<List<Object>, long[]> entry : entries) {
                int index = 1;
                for (long delta : entry.getValue()) {
                    update.setLong(index++, delta);
                }
                for (Object key : entry.getKey()) {
                    update.setObject(index++, key);
                }
                update.addBatch();
            }
            updated = update.executeBatch();
        }
        try (PreparedStatement insert = connection.prepareStatement(insertSql())) {
            boolean any = false;
            for (int i = 0; i < entries.size(); i++) {
                if (updated[i] == 0) {
                    int index = 1;
                    for (Object key : entries.get(i).getKey()) {
                        insert.setObject(index++, key);
                    }
                    for (long delta : entries.get(i).getValue()) {
                        insert.setLong(index++, delta);
                    }
                    insert.addBatch();
                    any = true;
                }
            }
            if (any) {
                insert.executeBatch();
            }
        }
    }

    private String updateSql() {
        List<String> sets = counts.stream().map(c -> c + " = " + c + " + ?").toList();
        List<String> where = keys.stream().map(k -> k + " = ?").toList();
        return "UPDATE " + table + " SET " + String.join(", ", sets) + " WHERE " + String.join(" AND ", where);
    }

    private String insertSql() {
        List<String> columns = new ArrayList<>(keys);
        columns.addAll(counts);
        return "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
    }

    @SuppressWarnings("unchecked")
    private static int compare(List<Object> a, List<Object> b) {
        for (int i = 0; i < a.size(); i++) {
            int order = ((Comparable<Object>) a.get(i)).compareTo(b.get(i));
            if (order != 0) {
                return order;
            }
        }
        return 0;
    }
}
