package io.engagementhub.adapter.persistence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.TableField;

/** Splits a long list of values into pieces small enough for one statement's {@code IN} list or insert. */
final class Chunks {

    /**
     * At most this many values per statement. H2 checks each row an indexed {@code IN} lookup finds
     * against the list's bind values one by one, so a lookup costs the square of the list's length:
     * 128 was fastest on both databases (the append benchmark against 64, 256 and 500; see
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
        for (List<W> chunk : of(values)) {
            tx.select(key, value)
                    .from(where.getTable())
                    .where(where.in(chunk))
                    .forEach(row -> found.put(row.value1(), row.value2()));
        }
        return found;
    }

    static <T> List<List<T>> of(Collection<T> values) {
        List<T> all = List.copyOf(values);
        List<List<T>> chunks = new ArrayList<>((all.size() + SIZE - 1) / SIZE);
        for (int from = 0; from < all.size(); from += SIZE) {
            chunks.add(all.subList(from, Math.min(all.size(), from + SIZE)));
        }
        return chunks;
    }
}
