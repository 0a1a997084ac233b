package io.engagementhub.adapter.classification;

import java.util.ArrayList;
import java.util.List;

/**
 * Apple's egress-range list: one range a line, {@code prefix,country,region,city,} (the prefix in
 * CIDR notation, IPv4 or IPv6; the location columns may be empty). Blank lines and {@code #}
 * comments are skipped (see docs/machine-detection.md).
 */
final class AppleEgressCsv {

    private AppleEgressCsv() {}

    /** The prefixes of the list; a line without a valid prefix fails naming its number. */
    static List<String> prefixes(String text) {
        List<String> prefixes = new ArrayList<>();
        String[] lines = text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int comma = line.indexOf(',');
            String prefix = (comma < 0 ? line : line.substring(0, comma)).strip();
            try {
                PrefixIndex.parse(prefix);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("line " + (i + 1) + ": " + e.getMessage(), e);
            }
            prefixes.add(prefix);
        }
        return prefixes;
    }
}
