package io.engagementhub.sandbox;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.AbstractMap.SimpleImmutableEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads a query string (or a form body) the way both providers' servers do. */
public final class QueryString {

    private QueryString() {}

    /**
     * The decoded {@code key=value} pairs of {@code raw} in their order, repeated keys included; a
     * pair without {@code =} has the empty value. Both {@code %20} and {@code +} decode to a space.
     */
    public static List<Map.Entry<String, String>> pairs(String raw) {
        List<Map.Entry<String, String>> pairs = new ArrayList<>();
        if (raw == null || raw.isEmpty()) {
            return pairs;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String key = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            pairs.add(new SimpleImmutableEntry<>(key, value));
        }
        return pairs;
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
