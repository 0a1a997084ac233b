package io.engagementhub.adapter.copernica;

import io.engagementhub.domain.model.SourcePage;
import io.engagementhub.domain.port.out.MalformedResponseException;

/**
 * Reads a Publisher stream whose list documents {@code fields[]=id>N} (docs/providers/copernica.md#time-filters): each
 * request asks for IDs above the last one stored, from offset 0, so appends while paging can never
 * shift an offset. Relies on the lists being in ascending ID order and fails the stream loudly if
 * a page is not, rather than skip events.
 */
final class IdCursorReader {

    private final StreamReading reading;

    IdCursorReader(StreamReading reading) {
        this.reading = reading;
    }

    SourcePage read(CopernicaStream stream, String position) {
        IdPosition cursor = cursor(stream, position);
        int pageSize = reading.settings().pageSize();
        PageRequest request = new PageRequest()
                .field("id>" + cursor.lastId())
                .field("timestamp>=" + reading.time().format(cursor.floor()));
        CopernicaTransport.Answer answer = reading.transport().list(stream, request.paged(0, pageSize));
        DecodedPage page = reading.decoder().decode(stream, answer.items());
        check(stream, cursor, page, pageSize);
        boolean last = page.size() < pageSize;
        IdPosition next = new IdPosition(Math.max(cursor.lastId(), page.maxId()), cursor.floor());
        return new SourcePage(page.events(), next.encode(), !last, answer.requests(), page.rejected());
    }

    private IdPosition cursor(CopernicaStream stream, String position) {
        if (position.isEmpty()) {
            return new IdPosition(
                    0, reading.clock().instant().minus(reading.settings().initialLookBack()));
        }
        return IdPosition.decode(stream.key(), position);
    }

    private static void check(CopernicaStream stream, IdPosition cursor, DecodedPage page, int pageSize) {
        if (!page.ascending()) {
            throw new MalformedResponseException(
                    stream.key() + " returned IDs out of ascending order; reading on by" + " id>" + cursor.lastId()
                            + " could skip events, so the stream stops here",
                    null);
        }
        if (page.size() >= pageSize && page.maxId() <= cursor.lastId()) {
            throw new MalformedResponseException(
                    stream.key() + " ignored the filter id>" + cursor.lastId()
                            + ": a full page without a higher ID would repeat forever",
                    null);
        }
    }
}
