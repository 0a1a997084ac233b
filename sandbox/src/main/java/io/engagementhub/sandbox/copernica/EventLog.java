package io.engagementhub.sandbox.copernica;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongFunction;
import java.util.function.Predicate;

/**
 * The events of the twelve lists, each list sorted by ID (the default order is undocumented,
 * probably ascending by ID: docs/providers/copernica.md#sort-order), and the events withheld from
 * every page while the emailing statistics count them. Pages are served by scanning in place, never
 * by copying a list. Thread-safe.
 */
final class EventLog {

    private final Map<SimulatedProduct, Map<SimulatedEventType, EventList>> lists =
            new EnumMap<>(SimulatedProduct.class);

    EventLog() {
        for (SimulatedProduct product : SimulatedProduct.values()) {
            Map<SimulatedEventType, EventList> byType = new EnumMap<>(SimulatedEventType.class);
            for (SimulatedEventType type : SimulatedEventType.values()) {
                byType.put(type, new EventList());
            }
            lists.put(product, byType);
        }
    }

    SimulatedEvent append(
            SimulatedProduct product, SimulatedEventType type, LocalDateTime at, SimulatedEventFactory factory) {
        return append(product, type, id -> factory.create(product, type, id, at));
    }

    /** Appends the event {@code make} builds from the list's next ID. */
    SimulatedEvent append(SimulatedProduct product, SimulatedEventType type, LongFunction<SimulatedEvent> make) {
        EventList list = lists.get(product).get(type);
        synchronized (list) {
            SimulatedEvent event = make.apply(list.lastId + 1);
            list.lastId = event.id();
            list.events.add(event);
            return event;
        }
    }

    /**
     * The matching events from offset {@code start}, at most {@code limit}, and (if asked) how many
     * match. A query with a {@code resumeKey} (the same filter as an earlier page of it) starts
     * where that page ended when it asks for a later offset: the events before are unchanged, since
     * events are only appended, unless some were withheld or released since.
     */
    ListPage page(SimulatedProduct product, SimulatedEventType type, ListQuery query) {
        EventList list = lists.get(product).get(type);
        synchronized (list) {
            List<SimulatedEvent> items = new ArrayList<>(Math.max(0, Math.min(query.limit(), 1000)));
            int from = firstAbove(list.events, query.idFloor());
            int matched = 0;
            Resume resume = query.resumeKey() == null ? null : list.resumes.get(query.resumeKey());
            if (resume != null
                    && resume.changes() == list.changes
                    && resume.matched() <= query.start()
                    && resume.index() >= from) {
                from = resume.index();
                matched = resume.matched();
            }
            int after = -1;
            for (int i = from; i < list.events.size(); i++) {
                SimulatedEvent event = list.events.get(i);
                if (list.withheld.contains(event.id()) || !query.filter().test(event)) {
                    continue;
                }
                if (matched >= query.start() && items.size() < query.limit()) {
                    items.add(event);
                    after = i + 1;
                } else if (items.size() >= query.limit() && !query.countTotal()) {
                    break;
                }
                matched++;
            }
            if (query.resumeKey() != null && after > 0) {
                list.resumes.put(query.resumeKey(), new Resume(after, query.start() + items.size(), list.changes));
            }
            return new ListPage(items, matched);
        }
    }

    /** Every event of one list, withheld ones included. */
    List<SimulatedEvent> all(SimulatedProduct product, SimulatedEventType type) {
        EventList list = lists.get(product).get(type);
        synchronized (list) {
            return List.copyOf(list.events);
        }
    }

    /** Every event of {@code emailing} in one list, withheld ones included: what its statistics count. */
    List<SimulatedEvent> ofEmailing(SimulatedProduct product, SimulatedEventType type, String emailing) {
        return all(product, type).stream()
                .filter(event -> event.emailing().equals(emailing))
                .toList();
    }

    /** Withholds the oldest {@code count} served events of {@code emailing} in one list; returns them. */
    List<SimulatedEvent> withhold(SimulatedProduct product, SimulatedEventType type, String emailing, int count) {
        EventList list = lists.get(product).get(type);
        synchronized (list) {
            List<SimulatedEvent> held = list.events.stream()
                    .filter(event -> event.emailing().equals(emailing) && !list.withheld.contains(event.id()))
                    .limit(count)
                    .toList();
            held.forEach(event -> list.withheld.add(event.id()));
            list.changes++;
            return held;
        }
    }

    /** Serves the withheld events of {@code emailing} in one list again, unchanged; returns them. */
    List<SimulatedEvent> release(SimulatedProduct product, SimulatedEventType type, String emailing) {
        EventList list = lists.get(product).get(type);
        synchronized (list) {
            List<SimulatedEvent> released = list.events.stream()
                    .filter(event -> event.emailing().equals(emailing) && list.withheld.contains(event.id()))
                    .toList();
            released.forEach(event -> list.withheld.remove(event.id()));
            list.changes++;
            return released;
        }
    }

    private static int firstAbove(List<SimulatedEvent> events, long idFloor) {
        int low = 0;
        int high = events.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (events.get(mid).id() <= idFloor) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /**
     * What a list request asks for.
     *
     * @param resumeKey what tells this filter from others (null: no resuming)
     */
    record ListQuery(
            Predicate<SimulatedEvent> filter,
            long idFloor,
            int start,
            int limit,
            boolean countTotal,
            String resumeKey) {}

    /** Where a page of a filter ended: the index after its last event and the matches up to there. */
    private record Resume(int index, int matched, long changes) {}

    /** One page and the number of matching events (exact only when the total was asked for). */
    record ListPage(List<SimulatedEvent> items, int total) {}

    private static final class EventList {
        private final List<SimulatedEvent> events = new ArrayList<>();
        private final Set<Long> withheld = new HashSet<>();
        /** The last page's end per filter, the most recent few. */
        private final Map<String, Resume> resumes = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Resume> eldest) {
                return size() > 16;
            }
        };
        /** How many times events were withheld or released: what a resume point was taken at. */
        private long changes;

        private long lastId;
    }
}
