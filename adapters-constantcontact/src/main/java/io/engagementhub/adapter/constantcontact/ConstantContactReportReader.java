package io.engagementhub.adapter.constantcontact;

import io.engagementhub.domain.model.Checkpoint;
import io.engagementhub.domain.model.SourcePage;
import io.engagementhub.domain.model.Stream;
import io.engagementhub.domain.port.out.EngagementSourceException;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads one page of a report stream: no time filter exists, so every scan starts at the newest row
 * and pages down, following the opaque {@code next} links verbatim, until it passes the high-water
 * minute or the report ends (docs/providers/constantcontact.md#incremental-reading and #paging).
 * A next link is used only by the source that received it, for the page right after it: a scan
 * found under way in a checkpoint this source did not just write (after a crash or a restart, or
 * in a later sync) starts again at the newest page and walks down to the high-water minute again,
 * because a stored cursor may have shifted since (an offset cursor moves when rows arrive).
 */
final class ConstantContactReportReader {

    private static final Logger LOG = LoggerFactory.getLogger(ConstantContactReportReader.class);

    private final ConstantContactContext context;
    private final ConstantContactTransport transport;
    private final ConstantContactDiscovery discovery;
    private final ConstantContactEventMapper mapper;
    /** The scans under way in this source, by stream key: the position last written and the next link. */
    private final Map<String, LiveScan> scans = new ConcurrentHashMap<>();

    private record LiveScan(String position, String nextHref) {}

    ConstantContactReportReader(
            ConstantContactContext context, ConstantContactTransport transport, ConstantContactDiscovery discovery) {
        this.context = context;
        this.transport = transport;
        this.discovery = discovery;
        this.mapper = new ConstantContactEventMapper(context.account());
    }

    /** Forgets every scan under way: each one found in a checkpoint from now on starts again at the top. */
    void forgetScans() {
        scans.clear();
    }

    SourcePage read(Stream stream, Checkpoint from) {
        ConstantContactStreamKey key;
        ConstantContactScanPosition position;
        try {
            key = ConstantContactStreamKey.parse(stream);
            position = ConstantContactScanPosition.decode(from.position());
        } catch (IllegalArgumentException e) {
            throw new EngagementSourceException("cannot read stream " + stream.key() + ": " + e.getMessage(), e);
        }
        LiveScan live = scans.remove(stream.key());
        boolean continuing =
                position.scanning() && live != null && live.position().equals(from.position());
        if (position.scanning() && !continuing) {
            LOG.info(
                    "stream {} of account '{}': a scan cut off earlier starts again at the newest page",
                    stream.key(),
                    context.account());
            position = position.finished(position.watermark());
        }
        URI uri = continuing
                ? context.settings().endpoints().follow(live.nextHref())
                : context.settings()
                        .endpoints()
                        .api("/reports/email_reports/" + key.activityId() + "/tracking/"
                                + key.report().path() + "?limit=500");
        ConstantContactTransport.Answer<ConstantContactTrackingPage> answer = transport.get(
                uri,
                "tracking/" + key.report().path(),
                ConstantContactTrackingPage.class,
                "the " + key.report().path() + " report");
        ConstantContactTrackingPage page = answer.value();
        // the checkpoint names the campaign; a position written before it did asks discovery
        String parent = position.parentCampaignId() != null
                ? position.parentCampaignId()
                : discovery.campaignOf(key.activityId()).orElse(null);
        ConstantContactScan scan = new ConstantContactScan(key, mapper, position.withParent(parent));
        scan.accept(page.rows());
        String next = ConstantContactLinks.nextHref(page.links());
        int requests = answer.requests();
        if (next != null && continuing && next.equals(live.nextHref())) {
            throw new EngagementSourceException(
                    "Constant Contact repeated the same next link for stream " + stream.key());
        }
        if (scan.reachedWatermark() || next == null) {
            return new SourcePage(scan.events(), scan.finished().encode(), false, requests, scan.rejected());
        }
        String continued = scan.continuing().encode();
        scans.put(stream.key(), new LiveScan(continued, next));
        return new SourcePage(scan.events(), continued, true, requests, scan.rejected());
    }
}
