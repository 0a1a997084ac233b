package io.engagementhub.sandbox.copernica;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code ms/emailing/{id}/statistics} and {@code publisher/emailing/{id}/statistics} (on v4 also
 * under {@code draganddrop/…} and {@code html/…}) in their documented shapes
 * (docs/providers/copernica.md#campaign-figures): per list a {@code total} and a {@code unique}
 * (distinct destinations), computed from the emailing's own events, withheld ones included, so they
 * agree with the lists unless a test restates or drops a figure.
 */
final class EmailingStatistics {

    private static final List<SimulatedEventType> TYPES = List.of(
            SimulatedEventType.ABUSES,
            SimulatedEventType.CLICKS,
            SimulatedEventType.DELIVERIES,
            SimulatedEventType.ERRORS,
            SimulatedEventType.IMPRESSIONS,
            SimulatedEventType.UNSUBSCRIBES);

    private final EventLog log;
    private final EmailingCatalog catalog;
    /** Per product, type and emailing, the total answered instead of the events' count; -1: left out. */
    private final Map<String, Long> restated = new ConcurrentHashMap<>();

    EmailingStatistics(EventLog log, EmailingCatalog catalog) {
        this.log = log;
        this.catalog = catalog;
    }

    /** Whether the path segments (product first, v2 spelling) ask for an emailing's statistics. */
    static boolean isStatistics(String[] segments) {
        return segments.length == 4 && "emailing".equals(segments[1]) && "statistics".equals(segments[3]);
    }

    /** Answers {@code total} (or, when null, no figure at all) for one list of one emailing from now on. */
    void restate(SimulatedProduct product, SimulatedEventType type, String emailing, Long total) {
        restated.put(key(product, type, emailing), total == null ? -1 : total);
    }

    /**
     * The statistics of one emailing, or null when the product has no such emailing. REST v2 writes
     * {@code destinations} as a string and v4 as a number; Publisher has no {@code deliveries} and no
     * {@code retries} but {@code unknown}, and on v2 its counters are numeric strings (the types of
     * this page are undocumented there; Publisher's emailing counters are strings).
     */
    Map<String, Object> of(SimulatedProduct product, String emailing, boolean v4) {
        if (!catalog.has(product, emailing) && !hasEvents(product, emailing)) {
            return null;
        }
        boolean strings = !v4 && product == SimulatedProduct.PUBLISHER;
        Map<String, Object> body = new LinkedHashMap<>();
        // The emailing was sent to at least every recipient with an event: the emailing list's figure
        // (the demo's recipients) unless the events name more (data sets list a fixed figure).
        long destinations = Math.max(catalog.destinations(product, emailing), destinations(product, emailing));
        body.put("destinations", v4 ? (Object) destinations : String.valueOf(destinations));
        for (SimulatedEventType type : TYPES) {
            if (type == SimulatedEventType.DELIVERIES && product == SimulatedProduct.PUBLISHER) {
                continue;
            }
            List<SimulatedEvent> events = log.ofEmailing(product, type, emailing);
            long total = restated.getOrDefault(key(product, type, emailing), (long) events.size());
            if (total < 0) {
                continue;
            }
            long unique = Math.min(total, distinct(events).size());
            Map<String, Object> figure = new LinkedHashMap<>();
            figure.put("total", number(total, strings));
            if (type != SimulatedEventType.DELIVERIES) {
                figure.put("unique", number(unique, strings));
            }
            body.put(type.path(), figure);
        }
        if (product == SimulatedProduct.MS && !v4) {
            body.put("retries", Map.of("total", 0, "unique", 0));
        } else {
            body.put("unknown", Map.of("total", number(0, strings)));
        }
        return body;
    }

    private boolean hasEvents(SimulatedProduct product, String emailing) {
        return TYPES.stream()
                .anyMatch(type -> !log.ofEmailing(product, type, emailing).isEmpty());
    }

    private long destinations(SimulatedProduct product, String emailing) {
        Set<String> all = new HashSet<>();
        TYPES.forEach(type -> all.addAll(distinct(log.ofEmailing(product, type, emailing))));
        return all.size();
    }

    private static Set<String> distinct(List<SimulatedEvent> events) {
        Set<String> destinations = new HashSet<>();
        events.forEach(event -> destinations.add(event.destination()));
        return destinations;
    }

    private static Object number(long value, boolean asString) {
        return asString ? String.valueOf(value) : value;
    }

    private static String key(SimulatedProduct product, SimulatedEventType type, String emailing) {
        return product.path() + "/" + type.path() + "/" + emailing;
    }
}
