package io.engagementhub.adapter.persistence;

import java.util.List;
import java.util.Map;

/** What {@link Dimension#resolve} found: every key, the ones not cached before, and the cache generation it started in. */
record DimensionLookup(Map<List<Object>, Integer> keys, Map<List<Object>, Integer> fresh, long generation) {

    int keyOf(List<Object> value) {
        Integer key = keys.get(value);
        if (key == null) {
            throw new IllegalStateException("no key resolved for " + value);
        }
        return key;
    }
}
