package io.engagementhub.adapter.copernica;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The names REST v4 may answer for a statistics path: the live reference's ({@code draganddrop/…},
 * {@code html/…}) first, then the 2024 copy's ({@code ms/…}, {@code publisher/…}); once one has
 * answered for a product, it is tried first from then on (docs/providers/copernica.md#rest-v4-path-names).
 * Paths are given in their v2 spelling, as streams and event ids keep them.
 */
final class CopernicaPaths {

    private static final Map<String, String> NEW_NAMES = Map.of("ms", "draganddrop", "publisher", "html");

    /** Per v2 product segment, the segment that answered last. */
    private final Map<String, String> answered = new ConcurrentHashMap<>();

    /** The v4 spellings of {@code path}, the one to try first first. */
    List<String> candidates(String path) {
        int slash = path.indexOf('/');
        String product = slash < 0 ? path : path.substring(0, slash);
        String rest = slash < 0 ? "" : path.substring(slash);
        String newName = NEW_NAMES.get(product);
        if (newName == null) {
            return List.of(path);
        }
        String first = answered.getOrDefault(product, newName);
        String second = first.equals(newName) ? product : newName;
        return List.of(first + rest, second + rest);
    }

    /** Remembers that {@code candidate} answered for {@code path}. */
    void answered(String path, String candidate) {
        int slash = path.indexOf('/');
        int candidateSlash = candidate.indexOf('/');
        if (slash > 0 && candidateSlash > 0) {
            answered.put(path.substring(0, slash), candidate.substring(0, candidateSlash));
        }
    }
}
