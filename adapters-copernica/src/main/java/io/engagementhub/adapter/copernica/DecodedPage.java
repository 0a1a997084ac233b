package io.engagementhub.adapter.copernica;

import io.engagementhub.domain.model.EngagementEvent;
import java.util.List;

/**
 * The events of one page and what the page says about the list.
 *
 * @param events the events that could be mapped
 * @param rejected raw records skipped as malformed
 * @param size raw records on the page
 * @param maxId the highest readable ID on the page, -1 if none
 * @param ascending whether the readable IDs were in strictly ascending order
 */
record DecodedPage(List<EngagementEvent> events, int rejected, int size, long maxId, boolean ascending) {

    DecodedPage {
        events = List.copyOf(events);
    }
}
