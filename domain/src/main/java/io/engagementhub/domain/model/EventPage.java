package io.engagementhub.domain.model;

import java.util.List;

/**
 * One page of a query's events.
 *
 * @param items the events, in query order
 * @param next where the next page starts, or null when this is the last page
 */
public record EventPage(List<EngagementEvent> items, EventCursor next) {

    public EventPage {
        items = List.copyOf(items);
    }
}
