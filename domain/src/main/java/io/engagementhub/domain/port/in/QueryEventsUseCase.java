package io.engagementhub.domain.port.in;

import io.engagementhub.domain.model.EventPage;
import io.engagementhub.domain.model.EventQuery;

/** Answers what happened: the stored events. */
public interface QueryEventsUseCase {

    /**
     * One page of the events matching {@code query}; pass the page's cursor back for the next.
     *
     * @throws UnknownAccountException if the query names an account that is not configured
     */
    EventPage events(EventQuery query);
}
