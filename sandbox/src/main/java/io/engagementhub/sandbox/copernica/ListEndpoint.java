package io.engagementhub.sandbox.copernica;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** Serves the statistics lists and the emailing lists, each as one page of the paging envelope. */
record ListEndpoint(EventLog log, EmailingCatalog emailings, boolean boundsInclusive) {

    /**
     * The envelope for the path segments after the version ({@code /v2/}, {@code /v3/}), or null for
     * an unknown path.
     */
    Map<String, Object> serve(String[] segments, CopernicaQuery query, boolean v3) {
        SimulatedProduct product = PathSegments.find(SimulatedProduct.values(), segments[0]);
        if (product == null) {
            return null;
        }
        if (segments.length == 2 && "emailings".equals(segments[1])) {
            EmailingCatalog.Page page = emailings.list(
                    product,
                    FieldCondition.parseTime(query.get("fromdate")),
                    FieldCondition.parseTime(query.get("todate")),
                    start(query),
                    limit(query));
            return envelope(query, page.items(), page.total());
        }
        SimulatedEventType type = PathSegments.find(SimulatedEventType.values(), segments[segments.length - 1]);
        if (type == null || !(segments.length == 2 || segments.length == 4)) {
            return null;
        }
        Predicate<SimulatedEvent> filter = scope(segments);
        if (filter == null) {
            return null;
        }
        return events(product, type, filter, query, v3 && segments.length == 2, String.join("/", segments));
    }

    private static Predicate<SimulatedEvent> scope(String[] segments) {
        if (segments.length == 2) {
            return event -> true;
        }
        String id = segments[2];
        return switch (segments[1]) {
            case "emailing" -> event -> event.emailing().equals(id);
            case "destination" -> event -> event.destination().equals(id);
            default -> null;
        };
    }

    private Map<String, Object> events(
            SimulatedProduct product,
            SimulatedEventType type,
            Predicate<SimulatedEvent> scope,
            CopernicaQuery query,
            boolean v3AccountWide,
            String path) {
        Predicate<SimulatedEvent> filter = scope;
        long idFloor = 0;
        if (product == SimulatedProduct.MS) {
            filter = filter.and(window(query));
        } else {
            for (FieldCondition condition : query.fields()) {
                if (condition.isTimestamp()) {
                    filter = filter.and(event -> condition.acceptsTime(event.timestamp()));
                } else if (condition.isId() && idFilterDocumented(type)) {
                    filter = filter.and(event -> condition.acceptsId(event.id()));
                    idFloor = Math.max(idFloor, condition.idFloor());
                }
                // Other fields, and id where it is undocumented, are ignored: the least helpful answer.
            }
        }
        int limit = limit(query);
        // The path and the filtering parameters name the filter: a next page resumes where it ended.
        String resumeKey = path + " " + query.filterKey();
        EventLog.ListQuery listQuery =
                new EventLog.ListQuery(filter, idFloor, start(query), limit, query.wantsTotal(), resumeKey);
        EventLog.ListPage page = log.page(product, type, listQuery);
        List<Object> data = new ArrayList<>(page.items().size());
        page.items().forEach(event -> data.add(EventRenderer.render(event, v3AccountWide)));
        return envelope(query, data, page.total());
    }

    /**
     * docs/providers/copernica.md#time-filters: the id filter is documented only for publisher/deliveries and
     * publisher/impressions; for the other types support is unverified, so the simulator ignores it.
     */
    private static boolean idFilterDocumented(SimulatedEventType type) {
        return type == SimulatedEventType.DELIVERIES || type == SimulatedEventType.IMPRESSIONS;
    }

    /**
     * docs/providers/copernica.md#time-filters: MS lists take begintime/endtime; their inclusivity is undocumented
     * (configurable).
     */
    private Predicate<SimulatedEvent> window(CopernicaQuery query) {
        LocalDateTime begin = FieldCondition.parseTime(query.get("begintime"));
        LocalDateTime end = FieldCondition.parseTime(query.get("endtime"));
        return event -> {
            LocalDateTime t = event.timestamp();
            boolean afterBegin = begin == null || (boundsInclusive ? !t.isBefore(begin) : t.isAfter(begin));
            boolean beforeEnd = end == null || (boundsInclusive ? !t.isAfter(end) : t.isBefore(end));
            return afterBegin && beforeEnd;
        };
    }

    /**
     * docs/providers/copernica.md#paging: limit defaults to 100 and is capped at 1000; a negative limit gives no items.
     */
    private static int limit(CopernicaQuery query) {
        return Math.max(0, Math.min(1000, query.intParameter("limit", 100)));
    }

    private static int start(CopernicaQuery query) {
        return Math.max(0, query.intParameter("start", 0));
    }

    /** docs/providers/copernica.md#paging: {start, limit, count, total, data}; total=false omits total. */
    private static Map<String, Object> envelope(CopernicaQuery query, List<Object> data, int total) {
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("start", start(query));
        envelope.put("limit", limit(query));
        envelope.put("count", data.size());
        if (query.wantsTotal()) {
            envelope.put("total", total);
        }
        envelope.put("data", data);
        return envelope;
    }
}
