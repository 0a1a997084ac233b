package io.engagementhub.adapter.constantcontact;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A report stream's checkpoint position. Between scans it holds the high-water minute; during a
 * scan (newest first, page by page) also the next page's link, the newest minute seen so far and
 * the counts of identical rows in the minute the last page ended in, so ordinals continue across
 * pages. Written as {@code v1;w=..;t=..;m=..;c=digest*n,..;h=href}.
 *
 * @param watermark the newest minute of the last finished scan, or null before the first
 * @param nextHref the next page of the scan under way, or null when no scan is under way
 * @param top the newest minute seen by the scan under way, or null
 * @param minute the minute the scan under way is in, or null
 * @param counts identical rows seen so far in {@code minute}, by digest
 */
record ConstantContactScanPosition(
        Instant watermark, String nextHref, Instant top, Instant minute, Map<String, Integer> counts) {

    static final ConstantContactScanPosition START = new ConstantContactScanPosition(null, null, null, null, Map.of());

    ConstantContactScanPosition {
        counts = Map.copyOf(counts);
    }

    boolean scanning() {
        return nextHref != null;
    }

    /** The position after a finished scan: the new high-water mark only. */
    static ConstantContactScanPosition finished(Instant watermark) {
        return new ConstantContactScanPosition(watermark, null, null, null, Map.of());
    }

    String encode() {
        StringBuilder out = new StringBuilder("v1;w=").append(text(watermark));
        out.append(";t=").append(text(top)).append(";m=").append(text(minute)).append(";c=");
        counts.forEach((digest, n) -> out.append(digest).append('*').append(n).append(','));
        out.append(";h=");
        if (nextHref != null) {
            out.append(URLEncoder.encode(nextHref, StandardCharsets.UTF_8));
        }
        return out.toString();
    }

    /** Decodes a stored position; the empty position is {@link #START}. */
    static ConstantContactScanPosition decode(String text) {
        if (text.isEmpty()) {
            return START;
        }
        String[] parts = text.split(";", -1);
        if (parts.length != 6 || !parts[0].equals("v1")) {
            throw new IllegalArgumentException("not a Constant Contact checkpoint position: " + text);
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String entry : value(parts[4], "c=").split(",")) {
            if (!entry.isEmpty()) {
                int star = entry.indexOf('*');
                counts.put(entry.substring(0, star), Integer.parseInt(entry.substring(star + 1)));
            }
        }
        String href = value(parts[5], "h=");
        return new ConstantContactScanPosition(
                instant(value(parts[1], "w=")),
                href.isEmpty() ? null : URLDecoder.decode(href, StandardCharsets.UTF_8),
                instant(value(parts[2], "t=")),
                instant(value(parts[3], "m=")),
                counts);
    }

    private static String value(String part, String prefix) {
        if (!part.startsWith(prefix)) {
            throw new IllegalArgumentException("checkpoint position part should start with " + prefix + ": " + part);
        }
        return part.substring(prefix.length());
    }

    private static String text(Instant instant) {
        return instant == null ? "" : instant.toString();
    }

    private static Instant instant(String text) {
        return text.isEmpty() ? null : Instant.parse(text);
    }
}
