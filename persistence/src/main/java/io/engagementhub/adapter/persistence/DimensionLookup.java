package io.engagementhub.adapter.persistence;

import java.util.Map;
import java.util.Set;

/**
 * What {@link Dimension#resolve} found: every key, the ones not cached before, the ones it inserted,
 * and the cache generation it started in.
 */
record DimensionLookup<V>(Map<V, Integer> keys, Map<V, Integer> fresh, Set<Integer> inserted, long generation) {

    int keyOf(V value) {
        Integer key = keys.get(value);
        if (key == null) {
            throw new IllegalStateException("no key resolved for " + value);
        }
        return key;
    }
}
