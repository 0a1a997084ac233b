package io.engagementhub.adapter.constantcontact;

import io.engagementhub.domain.model.Checkpoint;
import io.engagementhub.domain.model.SourcePage;
import io.engagementhub.domain.model.Stream;
import io.engagementhub.domain.port.out.EngagementSourceException;
import java.net.URI;

/**
 * Reads one page of a report stream: no time filter exists, so every scan starts at the newest row
 * and pages down, following the opaque {@code next} links verbatim, until it passes the high-water
 * minute or the report ends (docs/providers/constantcontact.md#incremental-reading and #paging).
 */
final class ConstantContactReportReader {

    private final ConstantContactContext context;
    private final ConstantContactTransport transport;
    private final ConstantContactDiscovery discovery;
    private final ConstantContactEventMapper mapper;

    ConstantContactReportReader(
            ConstantContactContext context, ConstantContactTransport transport, ConstantContactDiscovery discovery) {
        this.context = context;
        this.transport = transport;
        this.discovery = discovery;
        this.mapper = new ConstantContactEventMapper(context.account());
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
        URI uri = position.scanning()
                ? context.settings().endpoints().follow(position.nextHref())
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
        ConstantContactScan scan = new ConstantContactScan(key, parent, mapper, position);
        scan.accept(page.rows());
        String next = ConstantContactLinks.nextHref(page.links());
        int requests = answer.requests();
        if (next != null && next.equals(position.nextHref())) {
            throw new EngagementSourceException(
                    "Constant Contact repeated the same next link for stream " + stream.key());
        }
        if (scan.reachedWatermark() || next == null) {
            return new SourcePage(scan.events(), scan.finished().encode(), false, requests, scan.rejected());
        }
        return new SourcePage(scan.events(), scan.continuingAt(next).encode(), true, requests, scan.rejected());
    }
}
