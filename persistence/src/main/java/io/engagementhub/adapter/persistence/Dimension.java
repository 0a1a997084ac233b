package io.engagementhub.adapter.persistence;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.TableRecord;

/**
 * One dimension table: rows identified by their values {@code V} (a unique key over its columns in
 * the order given, whose first column, {@code leading}, is selective), referred to by an integer
 * key. Keys are looked up in a bounded cache of rows known to be committed, then in the table;
 * missing rows are inserted in the order of their values, so writers lock rows in one order. A
 * concurrent writer that inserted the same row first makes the insert fail on the unique key, and
 * the whole append is retried.
 *
 * @param <R> the table's record
 * @param <V> the values that identify a row
 */
final class Dimension<R extends TableRecord<R>, V> {

    /**
     * Keys cached per table, the most recently used kept: enough for the campaigns, links and
     * clients a sync meets again and again, and a bound on the heap, which would otherwise grow
     * with every recipient the store has seen.
     */
    static final int MAX_CACHED = 10_000;

    private final Table<R> table;
    private final TableField<R, Integer> key;
    private final TableField<?, ?> leading;
    private final Function<V, ?> leadingOf;
    private final Function<R, V> valueOf;
    private final boolean cached;
    private final JdbcBatch<V> insert;
    private final Cache<V, Integer> committed =
            Caffeine.newBuilder().maximumSize(MAX_CACHED).build();
    private final AtomicLong generation = new AtomicLong();

    /**
     * @param valueOf the values a row holds
     * @param cached whether keys are cached: only for tables whose rows are never deleted (another
     *     instance's erasure would leave this one's cache pointing at a deleted row)
     * @param columns every column of the table but the key, with its value in a row; the first is
     *     the leading column of the table's unique key
     */
    @SafeVarargs
    Dimension(TableField<R, Integer> key, Function<R, V> valueOf, boolean cached, JdbcBatch.Column<V>... columns) {
        this.table = key.getTable();
        this.key = key;
        this.leading = columns[0].field();
        this.leadingOf = columns[0].value();
        this.valueOf = valueOf;
        this.cached = cached;
        this.insert = new JdbcBatch<>(List.of(columns));
    }

    /** The keys found or made for {@code values} within the caller's transaction. */
    DimensionLookup<V> resolve(DSLContext tx, Collection<V> values) {
        return resolve(tx, values, value -> false);
    }

    /**
     * The keys found or made for {@code values} within the caller's transaction, where the values
     * that {@code absent} accepts are known to have no row (they name a row the same transaction
     * made): those are inserted without being looked for, in the same order as the others (so that
     * keys grow with the unique key, whose index is then filled at its end rather than split).
     */
    DimensionLookup<V> resolve(DSLContext tx, Collection<V> values, Predicate<V> absent) {
        long startedAt = generation.get();
        Map<V, Integer> keys = new HashMap<>();
        List<V> missing = new ArrayList<>();
        List<V> unseen = new ArrayList<>();
        for (V value : values) {
            if (absent.test(value)) {
                unseen.add(value);
                continue;
            }
            Integer known = committed.getIfPresent(value);
            if (known != null) {
                keys.put(value, known);
            } else {
                missing.add(value);
            }
        }
        missing = inLockOrder(missing);
        Map<V, Integer> fresh = new HashMap<>();
        Set<Integer> inserted = new HashSet<>();
        for (List<V> chunk : Chunks.of(tx, missing)) {
            select(tx, chunk, fresh);
            insert(tx, chunk.stream().filter(v -> !fresh.containsKey(v)).toList(), fresh, inserted);
        }
        if (fresh.size() != missing.size()) {
            throw new IllegalStateException(
                    table.getName() + ": " + (missing.size() - fresh.size()) + " rows not found after insert");
        }
        insert(tx, inLockOrder(unseen), fresh, inserted);
        keys.putAll(fresh);
        return new DimensionLookup<>(keys, fresh, inserted, startedAt);
    }

    /** Caches the rows a transaction found or made, once it committed, unless {@link #forget()} ran meanwhile. */
    void remember(DimensionLookup<V> lookup) {
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

    /** Inserts the rows and reads their keys back from the insert. */
    private void insert(DSLContext tx, List<V> values, Map<V, Integer> into, Set<Integer> inserted) {
        List<Integer> keys = insert.insertReturning(tx, values, key);
        for (int i = 0; i < values.size(); i++) {
            into.put(values.get(i), keys.get(i));
        }
        inserted.addAll(keys);
    }

    /**
     * The values sorted by their leading column, then by their text (any one order will do, as
     * long as every writer uses it; the text, which costs a string per comparison, only breaks ties).
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private List<V> inLockOrder(List<V> values) {
        Comparator<V> byLeading = Comparator.comparing(v -> (Comparable) leadingOf.apply(v));
        return values.stream().sorted(byLeading.thenComparing(Object::toString)).toList();
    }

    /**
     * Reads the rows whose leading column is one of the values' (one {@code IN} list on the unique
     * key's first column, which both databases look up by index) and keeps those equal to a wanted
     * value in every column.
     */
    private void select(DSLContext tx, List<V> values, Map<V, Integer> into) {
        Set<V> wanted = new HashSet<>(values);
        Set<Object> probes = new HashSet<>();
        values.forEach(v -> probes.add(leadingOf.apply(v)));
        @SuppressWarnings("unchecked")
        Field<Object> column = (Field<Object>) leading;
        tx.selectFrom(table).where(Chunks.in(tx, column, probes)).forEach(row -> {
            V value = valueOf.apply(row);
            if (wanted.contains(value)) {
                into.put(value, row.get(key));
            }
        });
    }
}
