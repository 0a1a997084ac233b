package io.engagementhub.adapter.persistence;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One dimension table: rows identified by their values (the natural key, a unique constraint whose
 * first column is the first of {@code columns} and selective), referred to by an integer key. Keys are looked up in a bounded cache of rows known to be committed, then
 * in the table; missing rows are inserted ({@code ON CONFLICT DO NOTHING}, so a concurrent writer
 * of the same row is harmless) in the order of their values, so writers lock rows in one order.
 */
final class Dimension {

    private static final int MAX_ROWS = 500;

    /**
     * Keys cached per table, the most recently used kept: enough for the campaigns, links and
     * clients a sync meets again and again, and a bound on the heap, which would otherwise grow
     * with every recipient the store has seen.
     */
    static final int MAX_CACHED = 10_000;

    private final String table;
    private final String keyColumn;
    private final List<String> columns;
    private final boolean cached;
    private final Cache<List<Object>, Integer> committed =
            Caffeine.newBuilder().maximumSize(MAX_CACHED).build();
    private final AtomicLong generation = new AtomicLong();

    /**
     * @param cached whether keys are cached: only for tables whose rows are never deleted (another
     *     instance's erasure would leave this one's cache pointing at a deleted row)
     */
    Dimension(String table, String keyColumn, List<String> columns, boolean cached) {
        this.table = table;
        this.keyColumn = keyColumn;
        this.columns = List.copyOf(columns);
        this.cached = cached;
    }

    /** The keys found or made for {@code values} (each a list of the columns' values) within a transaction. */
    DimensionLookup resolve(Connection connection, Collection<List<Object>> values) throws SQLException {
        long startedAt = generation.get();
        Map<List<Object>, Integer> keys = new HashMap<>();
        List<List<Object>> missing = new ArrayList<>();
        for (List<Object> value : values) {
            Integer key = committed.getIfPresent(value);
            if (key != null) {
                keys.put(value, key);
            } else {
                missing.add(value);
            }
        }
        missing.sort(Dimension::compareValues);
        Map<List<Object>, Integer> fresh = new HashMap<>();
        for (int from = 0; from < missing.size(); from += MAX_ROWS) {
            List<List<Object>> chunk = missing.subList(from, Math.min(missing.size(), from + MAX_ROWS));
            select(connection, chunk, fresh);
            List<List<Object>> absent =
                    chunk.stream().filter(v -> !fresh.containsKey(v)).toList();
            if (!absent.isEmpty()) {
                insertIgnoring(connection, absent, fresh);
                List<List<Object>> raced =
                        absent.stream().filter(v -> !fresh.containsKey(v)).toList();
                if (!raced.isEmpty()) {
                    select(connection, raced, fresh);
                }
            }
        }
        if (fresh.size() != missing.size()) {
            throw new IllegalStateException(
                    table + ": " + (missing.size() - fresh.size()) + " rows not found after insert");
        }
        keys.putAll(fresh);
        return new DimensionLookup(keys, fresh, startedAt);
    }

    /** Caches the rows a transaction found or made, once it committed, unless {@link #forget()} ran meanwhile. */
    void remember(DimensionLookup lookup) {
        if (cached && generation.get() == lookup.generation()) {
            committed.putAll(lookup.fresh());
        }
    }

    /** How many keys the cache holds now. */
    long cachedKeys() {
        committed.cleanUp();
        return committed.estimatedSize();
    }

    /** Drops every cached key: rows of this table were deleted. */
    void forget() {
        generation.incrementAndGet();
        committed.invalidateAll();
    }

    /**
     * Inserts the rows, skipping any a concurrent writer inserted first, and reads the keys of the
     * inserted ones back from the insert itself (the driver's generated keys, asked for by column).
     */
    private void insertIgnoring(Connection connection, List<List<Object>> rows, Map<List<Object>, Integer> into)
            throws SQLException {
        String placeholders = "(" + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
        String sql = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES "
                + String.join(", ", Collections.nCopies(rows.size(), placeholders))
                + " ON CONFLICT DO NOTHING";
        List<String> returned = new ArrayList<>(columns);
        returned.add(0, keyColumn);
        try (PreparedStatement insert = connection.prepareStatement(sql, returned.toArray(String[]::new))) {
            bindAll(insert, rows, 1);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                readRows(keys, null, into);
            }
        }
    }

    /** Reads (key, columns...) rows into {@code into}, those in {@code wanted} only unless it is null. */
    private void readRows(ResultSet result, Set<List<Object>> wanted, Map<List<Object>, Integer> into)
            throws SQLException {
        while (result.next()) {
            List<Object> value = new ArrayList<>(columns.size());
            for (int i = 0; i < columns.size(); i++) {
                Object column = result.getObject(i + 2);
                value.add(column instanceof Number number ? (Object) number.intValue() : column);
            }
            if (wanted == null || wanted.contains(value)) {
                into.put(value, result.getInt(1));
            }
        }
    }

    /**
     * Reads the rows whose first column is one of the values' first columns (one {@code IN} list on
     * the leading column of the unique key, which both databases look up by index) and keeps those
     * equal to a wanted value in every column.
     */
    private void select(Connection connection, List<List<Object>> rows, Map<List<Object>, Integer> into)
            throws SQLException {
        Set<List<Object>> wanted = new HashSet<>(rows);
        List<Object> probes = rows.stream().map(row -> row.get(0)).distinct().toList();
        String sql = "SELECT " + keyColumn + ", " + String.join(", ", columns) + " FROM " + table + " WHERE "
                + columns.get(0) + " IN (" + String.join(", ", Collections.nCopies(probes.size(), "?"))
                + ")";
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            for (int i = 0; i < probes.size(); i++) {
                select.setObject(i + 1, probes.get(i));
            }
            try (ResultSet result = select.executeQuery()) {
                readRows(result, wanted, into);
            }
        }
    }

    private static void bindAll(PreparedStatement statement, List<List<Object>> rows, int first) throws SQLException {
        int index = first;
        for (List<Object> row : rows) {
            for (Object value : row) {
                statement.setObject(index++, value);
            }
        }
    }

    private static int compareValues(List<Object> a, List<Object> b) {
        for (int i = 0; i < a.size(); i++) {
            int order = String.valueOf(a.get(i)).compareTo(String.valueOf(b.get(i)));
            if (order != 0) {
                return order;
            }
        }
        return 0;
    }
}
