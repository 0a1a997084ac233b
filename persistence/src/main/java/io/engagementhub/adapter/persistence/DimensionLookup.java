package io.engagementhub.adapter.persistence;

import java.util.Map;

/** What {@link Dimension#resolve} found: every key, the ones not cached before, and the cache generation it started in. */
record DimensionLookup<V>(Map<V, Integer> keys, Map<V, Integer> fresh, long generation) {

    int keyOf(V value) {
        Integer key = keys.get(value);
        if (key == null) {
            throw new IllegalStateException("no key resolved for " + value);
        }
        return key;
    }
}
