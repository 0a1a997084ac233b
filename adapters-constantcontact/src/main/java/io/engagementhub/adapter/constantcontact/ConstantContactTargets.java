package io.engagementhub.adapter.constantcontact;

import io.engagementhub.domain.model.Discovery;
import io.engagementhub.domain.model.Stream;
import io.engagementhub.domain.model.SyncTarget;
import io.engagementhub.domain.port.out.TargetedRead;
import io.engagementhub.domain.port.out.UnsupportedTargetException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Targeted re-reads (docs/providers/constantcontact.md#targeted-re-reads). The tracking reports
 * have no time filter: every report is scanned newest first, as a regular sync does, but down to
 * the minute of {@code from} instead of the stored high-water minute (to its end without
 * {@code from}); rows after {@code to} are read and not stored. A campaign narrows the reports to
 * that activity's; without one, the activities discovery finds (sent within the look-back) are
 * read. Discovery runs as for a regular sync, so each activity keeps its parent campaign.
 */
final class ConstantContactTargets implements TargetedRead {

    /**
     * docs/providers/constantcontact.md#targeted-re-reads: activity ids are UUID-shaped; letters
     * beyond {@code f} are tolerated, as the provider's own examples have them.
     */
    static final Pattern ACTIVITY_ID =
            Pattern.compile("[0-9A-Za-z]{8}-[0-9A-Za-z]{4}-[0-9A-Za-z]{4}-[0-9A-Za-z]{4}-[0-9A-Za-z]{12}");

    private final ConstantContactDiscovery discovery;

    ConstantContactTargets(ConstantContactDiscovery discovery) {
        this.discovery = discovery;
    }

    @Override
    public void check(SyncTarget target) {
        UnsupportedTargetException.requireCampaignForm(
                target,
                ACTIVITY_ID.asMatchPredicate(),
                "a Constant Contact campaign is a campaign_activity_id, a UUID such as"
                        + " 98ed0d4e-62b4-4d1c-9a36-2b5f3e7a1c01");
    }

    @Override
    public Discovery discover(SyncTarget target) {
        check(target);
        Discovery found = discovery.discover();
        List<Stream> streams = new ArrayList<>();
        for (Stream stream : found.streams()) {
            if (target.campaignId() == null
                    || ConstantContactStreamKey.parse(stream).activityId().equals(target.campaignId())) {
                streams.add(Stream.of(stream.key()));
            }
        }
        if (target.campaignId() != null && streams.isEmpty()) {
            // Not among the activities sent within the look-back: its reports are read all the
            // same.
            for (ConstantContactReport report : ConstantContactReport.values()) {
                streams.add(Stream.of(new ConstantContactStreamKey(target.campaignId(), report).key()));
            }
        }
        Map<String, String> starts = new HashMap<>();
        if (target.from() != null) {
            String position = ConstantContactScanPosition.START
                    .finished(target.from().truncatedTo(ChronoUnit.MINUTES))
                    .encode();
            streams.forEach(stream -> starts.put(stream.key(), position));
        }
        return new Discovery(streams, found.requests(), starts);
    }
}
