package io.engagementhub.app.api;

import io.engagementhub.domain.model.EventPage;
import io.engagementhub.domain.port.in.QueryEventsUseCase;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;

/** Lists stored events with filters and keyset paging. */
@Controller("/api/v1/events")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "events")
final class EventsController {

    private final QueryEventsUseCase queries;

    EventsController(QueryEventsUseCase queries) {
        this.queries = queries;
    }

    /**
     * Events ordered by time, then id. Every filter is optional.
     *
     * @param account only this account's events
     * @param type only these types (repeat the parameter or separate with commas)
     * @param campaign only this campaign (Copernica mailing, Constant Contact campaign activity)
     * @param recipient only this provider recipient id
     * @param email only this address (case-insensitive)
     * @param from events at or after this ISO-8601 time
     * @param to events before this ISO-8601 time
     * @param limit page size, 1 to 1000, default 100
     * @param cursor the previous page's {@code next}
     */
    @Get
    @Operation(summary = "List events")
    EventsPageView list(
            @Nullable @QueryValue String account,
            @Nullable @QueryValue List<String> type,
            @Nullable @QueryValue String campaign,
            @Nullable @QueryValue String recipient,
            @Nullable @QueryValue String email,
            @Nullable @QueryValue String from,
            @Nullable @QueryValue String to,
            @Nullable @QueryValue String limit,
            @Nullable @QueryValue String cursor) {
        var query = EventQueryParameters.parse(
                new EventQueryParameters.Raw(account, type, campaign, recipient, email, from, to, limit, cursor));
        EventPage page = queries.events(query);
        return new EventsPageView(
                page.items().stream().map(EventView::of).toList(),
                page.next() == null ? null : page.next().encode());
    }
}
