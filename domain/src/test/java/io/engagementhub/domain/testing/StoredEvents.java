package io.engagementhub.domain.testing;

import io.engagementhub.domain.model.EngagementEvent;
import io.engagementhub.domain.model.EventPage;
import io.engagementhub.domain.model.EventQuery;
import io.engagementhub.domain.port.out.EventStore;
import java.util.ArrayList;
import java.util.List;

/** Reads a store's events through its keyset paging, as a client of the port does. */
public final class StoredEvents {

    private static final int MAX_PAGES = 10_000;

    private StoredEvents() {}

    /** Every event matching {@code query}, page after page (at most 10,000 pages). */
    public static List<EngagementEvent> all(EventStore store, EventQuery query) {
        List<EngagementEvent> all = new ArrayList<>();
        EventPage page = store.find(query);
        all.addAll(page.items());
        for (int pages = 1; page.next() != null && pages < MAX_PAGES; pages++) {
            page = store.find(query.after(page.next()));
            all.addAll(page.items());
        }
        return all;
    }
}
