package io.engagementhub.adapter.constantcontact;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A report stream's checkpoint position. Between scans it holds the high-water minute; during a
 * scan (newest first, page by page) also which scan and page it is, the newest minute seen so far
 * and the counts of identical rows in the minute the last page ended in, so ordinals continue
 * across pages. It never holds a cursor link: a scan continues only in the source that read its
 * previous page, and one found under way after a restart starts again at the newest page
 * (docs/providers/constantcontact.md#paging). It always names the activity's campaign, so a read
 * from it needs no discovery first. Written as {@code v2;p=..;w=..;t=..;m=..;c=digest*n,..;s=id:page};
 * {@code v1} positions (without the campaign, with the link) are still read.
 *
 * @param parentCampaignId the campaign the activity belongs to, or null when not known
 * @param watermark the newest minute of the last finished scan, or null before the first
 * @param scan {@code <scan id>:<page>} of the scan under way, or null when no scan is under way
 * @param top the newest minute seen by the scan under way, or null
 * @param minute the minute the scan under way is in, or null
 * @param counts identical rows seen so far in {@code minute}, by digest
 */
record ConstantContactScanPosition(
        String parentCampaignId,
        Instant watermark,
        String scan,
        Instant top,
        Instant minute,
        Map<String, Integer> counts) {

    static final ConstantContactScanPosition START =
            new ConstantContactScanPosition(null, null, null, null, null, Map.of());

    ConstantContactScanPosition {
        counts = Map.copyOf(counts);
    }

    boolean scanning() {
        return scan != null;
    }

    /** The marker of the page after this one: the same scan's next page, or page 1 of a new scan. */
    String nextScanPage() {
        if (scan == null) {
            return Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 1) + ":1";
        }
        int colon = scan.lastIndexOf(':');
        return scan.substring(0, colon) + ":" + (Integer.parseInt(scan.substring(colon + 1)) + 1);
    }

    /** This position naming {@code campaignId} as the activity's campaign. */
    ConstantContactScanPosition withParent(String campaignId) {
        return new ConstantContactScanPosition(campaignId, watermark, scan, top, minute, counts);
    }

    /** The position after a finished scan: the new high-water mark only. */
    ConstantContactScanPosition finished(Instant newWatermark) {
        return new ConstantContactScanPosition(parentCampaignId, newWatermark, null, null, null, Map.of());
    }

    String encode() {
        StringBuilder out = new StringBuilder("v2;p=");
        if (parentCampaignId != null) {
            out.append(URLEncoder.encode(parentCampaignId, StandardCharsets.UTF_8));
        }
        out.append(";w=").append(text(watermark));
        out.append(";t=").append(text(top)).append(";m=").append(text(minute)).append(";c=");
        counts.forEach((digest, n) -> out.append(digest).append('*').append(n).append(','));
        out.append(";s=");
        if (scan != null) {
            out.append(scan);
        }
        return out.toString();
    }

    /**
     * Decodes a stored position; the empty position is {@link #START}.
     *
     * @throws IllegalArgumentException naming what is wrong with {@code text}
     */
    static ConstantContactScanPosition decode(String text) {
        if (text.isEmpty()) {
            return START;
        }
        try {
            String[] parts = text.split(";", -1);
            boolean v1 = parts.length == 6 && parts[0].equals("v1");
            if (!v1 && !(parts.length == 7 && parts[0].equals("v2"))) {
                throw new IllegalArgumentException("not a Constant Contact checkpoint position: " + text);
            }
            int at = 1;
            String parent = v1 ? "" : value(parts[at++], "p=");
            Instant watermark = instant(value(parts[at++], "w="));
            Instant top = instant(value(parts[at++], "t="));
            Instant minute = instant(value(parts[at++], "m="));
            Map<String, Integer> counts = new LinkedHashMap<>();
            for (String entry : value(parts[at++], "c=").split(",")) {
                if (!entry.isEmpty()) {
                    int star = entry.indexOf('*');
                    counts.put(entry.substring(0, star), Integer.parseInt(entry.substring(star + 1)));
                }
            }
            // a v1 scan under way held its next link; only that a scan was under way matters now
            String scan = v1 ? value(parts[at], "h=") : value(parts[at], "s=");
            if (!v1 && !scan.isEmpty() && !scan.matches("[0-9a-f]+:[0-9]+")) {
                throw new IllegalArgumentException("not a scan marker: " + scan);
            }
            return new ConstantContactScanPosition(
                    parent.isEmpty() ? null : URLDecoder.decode(parent, StandardCharsets.UTF_8),
                    watermark,
                    scan.isEmpty() ? null : v1 ? "0:1" : scan,
                    top,
                    minute,
                    counts);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(
                    "not a Constant Contact checkpoint position (" + e.getMessage() + "): " + text, e);
        }
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
