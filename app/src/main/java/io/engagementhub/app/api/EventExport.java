package io.engagementhub.app.api;

import io.engagementhub.domain.model.EventCursor;
import io.engagementhub.domain.model.EventPage;
import io.engagementhub.domain.model.EventQuery;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;

/**
 * Every event matching a query as one stream of lines, read from the store a page at a time only
 * as the reader asks for more: memory holds one page, however many events there are.
 */
final class EventExport extends InputStream {

    private final Function<EventQuery, EventPage> pages;
    private final Function<EventPage, List<EventView>> views;
    private final Function<EventView, String> line;
    private EventQuery next;
    private byte[] buffer;
    private int position;

    /**
     * @param header written first (e.g. a CSV header line), or empty
     * @param line one event as one line, line break included
     */
    EventExport(
            Function<EventQuery, EventPage> pages, EventQuery query, String header, Function<EventView, String> line) {
        this(pages, page -> page.items().stream().map(EventView::of).toList(), query, header, line);
    }

    /**
     * @param views a page's events as the API shows them (e.g. with their campaign names)
     */
    EventExport(
            Function<EventQuery, EventPage> pages,
            Function<EventPage, List<EventView>> views,
            EventQuery query,
            String header,
            Function<EventView, String> line) {
        this.pages = pages;
        this.views = views;
        this.line = line;
        this.next = query.withLimit(EventQuery.MAX_LIMIT);
        this.buffer = header.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public int read() {
        if (!fill()) {
            return -1;
        }
        return buffer[position++] & 0xff;
    }

    @Override
    public int read(byte[] target, int offset, int length) {
        if (length == 0) {
            return 0;
        }
        if (!fill()) {
            return -1;
        }
        int count = Math.min(length, buffer.length - position);
        System.arraycopy(buffer, position, target, offset, count);
        position += count;
        return count;
    }

    /** Makes sure unread bytes are in the buffer; false at the end of the export. */
    private boolean fill() {
        while (position >= buffer.length) {
            if (next == null) {
                return false;
            }
            EventPage page = pages.apply(next);
            StringBuilder text = new StringBuilder();
            views.apply(page).forEach(event -> text.append(line.apply(event)));
            EventCursor cursor = page.next();
            next = cursor == null ? null : next.after(cursor);
            buffer = text.toString().getBytes(StandardCharsets.UTF_8);
            position = 0;
        }
        return true;
    }
}
