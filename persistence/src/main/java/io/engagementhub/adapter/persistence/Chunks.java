package io.engagementhub.adapter.persistence;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SQLDialect;
import org.jooq.TableField;
import org.jooq.impl.DSL;

/**
 * Splits a long list of values into pieces small enough for one statement's {@code IN} list or
 * insert, and writes the condition that a column is one of a piece's values. On PostgreSQL a piece
 * is the whole list, bound as one array ({@code = ANY(?)}): one statement of one text per lookup,
 * which PostgreSQL plans once, where an {@code IN} list of bind values is planned anew for each
 * length.
 */
final class Chunks {

    /**
     * At most this many values per statement on H2. H2 checks each row an indexed {@code IN} lookup
     * finds against the list's bind values one by one, so a lookup costs the square of the list's
     * length: 128 was fastest (the append benchmark against 64, 256 and 500; see
     * docs/benchmarks.md, "The write path, sixth round"). A power of two, as padded lists are.
     */
    static final int SIZE = 128;

    private Chunks() {}

    /**
     * {@code key} to {@code value} of the rows of one table whose {@code where} column is among
     * {@code values}, read a chunk at a time.
     */
    static <R extends Record, W, K, V> Map<K, V> lookUp(
            DSLContext tx, TableField<R, W> where, Collection<W> values, TableField<R, K> key, TableField<R, V> value) {
        Map<K, V> found = new HashMap<>();
        for (List<W> chunk : of(tx, values)) {
            tx.select(key, value)
                    .from(where.getTable())
                    .where(in(tx, where, chunk))
                    .forEach(row -> found.put(row.value1(), row.value2()));
        }
        return found;
    }

    /** {@code field} is one of {@code values}. */
    @SuppressWarnings("unchecked")
    static <T> Condition in(DSLContext tx, Field<T> field, Collection<? extends T> values) {
        if (!oneArray(tx)) {
            return field.in(values);
        }
        T[] array = values.toArray((T[]) Array.newInstance(field.getType(), 0));
        return field.eq(DSL.any(DSL.val(array, field.getDataType().getArrayDataType())));
    }

    /** The pieces of {@code values} for one statement each. */
    static <T> List<List<T>> of(DSLContext tx, Collection<T> values) {
        return oneArray(tx) ? (values.isEmpty() ? List.of() : List.of(List.copyOf(values))) : of(values);
    }

    private static boolean oneArray(DSLContext tx) {
        return tx.dialect().family() == SQLDialect.POSTGRES;
    }

    private static <T> List<List<T>> of(Collection<T> values) {
        List<T> all = List.copyOf(values);
        List<List<T>> chunks = new ArrayList<>((all.size() + SIZE - 1) / SIZE);
        for (int from = 0; from < all.size(); from += SIZE) {
            chunks.add(all.subList(from, Math.min(all.size(), from + SIZE)));
        }
        return chunks;
    }
}
