package io.engagementhub.adapter.copernica;

import io.engagementhub.domain.model.SourcePage;
import io.engagementhub.domain.port.out.EngagementSourceException;
import java.time.Instant;

/**
 * Reads a stream by closed time windows: MS with {@code begintime}/{@code endtime}, Publisher
 * types without a documented id filter with {@code fields[]=timestamp>=..} and {@code <=..}. A
 * window ends {@code lag} before now; the next one starts {@code overlap} before it ended.
 */
final class WindowReader {

    /** Guard: no account-wide window is this large; beyond it the list is not paging as documented. */
    static final int MAX_OFFSET = 10_000_000;

    private final StreamReading reading;

    WindowReader(StreamReading reading) {
        this.reading = reading;
    }

    SourcePage read(CopernicaStream stream, String position) {
        WindowPosition window = window(stream, position);
        if (window.offset() > MAX_OFFSET) {
            throw new EngagementSourceException(stream.key() + ": window " + window.begin() + " to " + window.end()
                    + " passed " + MAX_OFFSET + " events; the list does not end as documented");
        }
        int pageSize = reading.settings().pageSize();
        CopernicaTransport.Answer answer =
                reading.transport().list(stream, request(stream, window).paged(window.offset(), pageSize));
        DecodedPage page = reading.decoder().decode(stream, answer.items());
        boolean last = page.size() < pageSize;
        WindowPosition next = last ? window.finished() : window.advancedBy(page.size());
        return new SourcePage(page.events(), next.encode(), !last, answer.requests(), page.rejected());
    }

    private WindowPosition window(CopernicaStream stream, String position) {
        Instant end =
                reading.clock().instant().minus(reading.settings().windows().lag());
        if (position.isEmpty()) {
            return new WindowPosition(
                    reading.clock().instant().minus(reading.settings().initialLookBack()), end, 0, false);
        }
        WindowPosition stored = WindowPosition.decode(stream.key(), position);
        if (!stored.done()) {
            return stored;
        }
        Instant begin = stored.end().minus(reading.settings().windows().overlap());
        return new WindowPosition(begin, end.isAfter(stored.end()) ? end : stored.end(), 0, false);
    }

    private PageRequest request(CopernicaStream stream, WindowPosition window) {
        String from = reading.time().lowestLocal(window.begin(), window.end());
        String to = reading.time().highestLocal(window.begin(), window.end());
        if (stream.product() == CopernicaProduct.MS) {
            // docs/providers/copernica.md#time-filters: MS statistics take begintime/endtime, not fields.
            return new PageRequest().param("begintime", from).param("endtime", to);
        }
        return new PageRequest().field("timestamp>=" + from).field("timestamp<=" + to);
    }
}
