package io.engagementhub.app.api;

import io.engagementhub.domain.model.EventPage;
import io.engagementhub.domain.model.EventQuery;
import io.engagementhub.domain.port.in.QueryEventsUseCase;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.ObjectMapper;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** Lists stored events with filters and keyset paging, or exports all of them as NDJSON or CSV. */
@Controller("/api/v1/events")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "events")
record EventsController(QueryEventsUseCase queries, CampaignNames names, ObjectMapper json) {

    static final String NDJSON = "application/x-ndjson";
    static final String CSV = "text/csv";

    /**
     * Events ordered by time, then id, every filter optional: a keyset-paged JSON page, or with
     * {@code Accept: application/x-ndjson} (one JSON event per line, the shape of the page's items)
     * or {@code Accept: text/csv} (a header line, then one line per event) every matching event in
     * one streamed response, without a page limit and with constant memory.
     *
     * @param account only this account's events
     * @param type only these types (repeat the parameter or separate with commas)
     * @param campaign only this campaign (Copernica mailing, Constant Contact campaign activity)
     * @param recipient only this provider recipient id
     * @param email only this address (case-insensitive)
     * @param from events at or after this ISO-8601 time
     * @param to events before this ISO-8601 time
     * @param limit page size, 1 to 1000, default 100 (pages only)
     * @param cursor the previous page's {@code next} (pages only; an export starts after it)
     * @param machine {@code true}: only events flagged as a machine's; {@code false}: only the others
     */
    @Get(produces = {MediaType.APPLICATION_JSON, NDJSON, CSV})
    @Operation(summary = "List or export events")
    HttpResponse<?> list(
            HttpHeaders headers,
            @Nullable @QueryValue String account,
            @Nullable @QueryValue List<String> type,
            @Nullable @QueryValue String campaign,
            @Nullable @QueryValue String recipient,
            @Nullable @QueryValue String email,
            @Nullable @QueryValue String from,
            @Nullable @QueryValue String to,
            @Nullable @QueryValue String limit,
            @Nullable @QueryValue String cursor,
            @Nullable @QueryValue String machine) {
        var query = EventQueryParameters.parse(new EventQueryParameters.Raw(
                        account, type, campaign, recipient, email, from, to, limit, cursor))
                .withMachine(MachineParameters.machine(machine));
        // the first page is read before any answer, so that an unknown account is a 404, not a cut stream
        EventPage page = queries.events(query);
        String format = exportFormat(headers);
        if (format != null) {
            return export(format, query);
        }
        return HttpResponse.ok(new EventsPageView(
                names.views(page), page.next() == null ? null : page.next().encode()));
    }

    /** NDJSON or CSV when the client asks for one of them (and not for JSON first), else null. */
    private static String exportFormat(HttpHeaders headers) {
        for (MediaType accepted : headers.accept()) {
            String name = accepted.getName();
            if (name.equals(NDJSON) || name.equals(CSV)) {
                return name;
            }
            if (name.equals(MediaType.APPLICATION_JSON)) {
                return null;
            }
        }
        return null;
    }

    private HttpResponse<InputStream> export(String format, EventQuery query) {
        InputStream body = CSV.equals(format)
                ? new EventExport(queries::events, names::views, query, CsvLines.HEADER, CsvLines::line)
                : new EventExport(queries::events, names::views, query, "", this::jsonLine);
        return HttpResponse.ok(body).contentType(CSV.equals(format) ? CSV + "; charset=utf-8" : NDJSON);
    }

    private String jsonLine(EventView event) {
        try {
            return json.writeValueAsString(event) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException("could not write event " + event.id(), e);
        }
    }
}
