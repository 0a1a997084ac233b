package io.engagementhub.adapter.copernica;

import io.engagementhub.domain.model.Discovery;
import io.engagementhub.domain.model.Stream;
import io.engagementhub.domain.model.SyncTarget;
import io.engagementhub.domain.port.out.TargetedRead;
import io.engagementhub.domain.port.out.UnsupportedTargetException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Targeted re-reads (docs/providers/copernica.md#targeted-re-reads): a time range is one closed
 * window on every list ({@code begintime}/{@code endtime} on Marketing Suite, {@code timestamp}
 * conditions on Publisher, also on the lists a regular sync reads by id); a campaign reads that
 * emailing's own lists ({@code ms/emailing/{id}/...}, {@code publisher/emailing/{id}/...}) over the
 * range, or over all time without one. Each stream starts at its window, so its read ends with the
 * window and no checkpoint of a regular stream is involved.
 */
final class CopernicaTargets implements TargetedRead {

    /**
     * The lower bound of a campaign re-read without {@code from}: before any Copernica REST
     * data.
     */
    static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");

    private static final Pattern EMAILING_ID = Pattern.compile("[0-9]{1,18}");

    private final StreamReading reading;

    CopernicaTargets(StreamReading reading) {
        this.reading = reading;
    }

    /** docs/providers/copernica.md#ids-and-number-types: mailing and emailing ids are digits. */
    static boolean isEmailingId(String text) {
        return EMAILING_ID.matcher(text).matches();
    }

    @Override
    public void check(SyncTarget target) {
        UnsupportedTargetException.requireCampaignForm(
                target,
                CopernicaTargets::isEmailingId,
                "a Copernica campaign is a mailing (Marketing Suite) or emailing (Publisher) id, 1 to 18 digits");
    }

    @Override
    public Discovery discover(SyncTarget target) {
        check(target);
        Instant now = reading.clock().instant();
        Instant end = target.toOr(now).isAfter(now) ? now : target.toOr(now);
        Instant begin = target.fromOr(EARLIEST);
        if (!begin.isBefore(end)) {
            return new Discovery(List.of(), 0);
        }
        List<Stream> streams = new ArrayList<>();
        Map<String, String> starts = new HashMap<>();
        String window = new WindowPosition(begin, end, 0, false).encode();
        for (CopernicaProduct product : CopernicaProduct.values()) {
            if (reading.settings().products().contains(product)) {
                for (CopernicaEventType type : CopernicaEventType.values()) {
                    CopernicaStream stream = new CopernicaStream(product, type, target.campaignId(), true);
                    streams.add(stream.toStream());
                    starts.put(stream.key(), window);
                }
            }
        }
        return new Discovery(streams, 0, starts);
    }
}
