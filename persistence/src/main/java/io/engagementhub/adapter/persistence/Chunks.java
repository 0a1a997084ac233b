package io.engagementhub.adapter.persistence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Splits a long list of values into pieces small enough for one statement's {@code IN} list or batch. */
final class Chunks {

    /** At most this many values per statement: well below every driver's limit on bind values. */
    static final int SIZE = 500;

    private Chunks() {}

    static <T> List<List<T>> of(Collection<T> values) {
        List<T> all = List.copyOf(values);
        List<List<T>> chunks = new ArrayList<>((all.size() + SIZE - 1) / SIZE);
        for (int from = 0; from < all.size(); from += SIZE) {
            chunks.add(all.subList(from, Math.min(all.size(), from + SIZE)));
        }
        return chunks;
    }
}
