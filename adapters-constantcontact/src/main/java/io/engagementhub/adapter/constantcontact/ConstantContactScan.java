package io.engagementhub.adapter.constantcontact;

import io.engagementhub.domain.model.EngagementEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One page's worth of a newest-first scan: maps rows until it meets a row older than the
 * high-water minute (the boundary minute itself is read again in full), numbering identical rows
 * per minute.
 */
final class ConstantContactScan {

    private static final Logger LOG = LoggerFactory.getLogger(ConstantContactScan.class);

    private final ConstantContactStreamKey key;
    private final ConstantContactEventMapper mapper;
    private final ConstantContactScanPosition from;
    private Instant top;
    private Instant minute;
    private final Map<String, Integer> counts;
    private final List<EngagementEvent> events = new ArrayList<>();
    private int rejected;
    private boolean reachedWatermark;

    /** A scan from {@code from}, which names the activity's campaign the events are mapped with. */
    ConstantContactScan(
            ConstantContactStreamKey key, ConstantContactEventMapper mapper, ConstantContactScanPosition from) {
        this.key = key;
        this.mapper = mapper;
        this.from = from;
        this.top = from.top();
        this.minute = from.minute();
        this.counts = new HashMap<>(from.counts());
    }

    void accept(List<ConstantContactTrackingActivity> rows) {
        for (ConstantContactTrackingActivity row : rows) {
            if (!accept(row)) {
                reachedWatermark = true;
                return;
            }
        }
    }

    /** Maps one row; false when the row is older than the high-water minute (the scan is done). */
    private boolean accept(ConstantContactTrackingActivity row) {
        try {
            Instant at = ConstantContactEventMapper.minuteOf(row);
            if (from.watermark() != null && at.isBefore(from.watermark())) {
                return false;
            }
            top = top == null || at.isAfter(top) ? at : top;
            if (!at.equals(minute)) {
                minute = at;
                counts.clear();
            }
            String digest = ConstantContactEventIdentity.digest(key.report(), row, at);
            int ordinal = counts.merge(digest, 1, Integer::sum);
            events.add(mapper.map(
                    row, key, from.parentCampaignId(), ConstantContactEventIdentity.id(key, digest, ordinal)));
        } catch (IllegalArgumentException | NullPointerException e) {
            rejected++;
            LOG.warn("skipped a row of stream {}: {}", key.key(), e.getMessage());
        }
        return true;
    }

    boolean reachedWatermark() {
        return reachedWatermark;
    }

    List<EngagementEvent> events() {
        return events;
    }

    int rejected() {
        return rejected;
    }

    /** The position after a finished scan: the newest minute seen becomes the high-water mark. */
    ConstantContactScanPosition finished() {
        Instant watermark = from.watermark();
        Instant newest = watermark == null || (top != null && top.isAfter(watermark)) ? top : watermark;
        return from.finished(newest);
    }

    /** The position of the scan under way, after this page. */
    ConstantContactScanPosition continuing() {
        return new ConstantContactScanPosition(
                from.parentCampaignId(), from.watermark(), from.nextScanPage(), top, minute, counts);
    }
}
