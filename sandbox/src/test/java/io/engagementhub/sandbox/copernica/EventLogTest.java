package io.engagementhub.sandbox.copernica;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** A list paged by offset answers the same whether a page resumes where the previous one ended or not. */
class EventLogTest {

    static final SimulatedProduct MS = SimulatedProduct.MS;
    static final SimulatedEventType CLICKS = SimulatedEventType.CLICKS;
    static final LocalDateTime T0 = LocalDateTime.parse("2026-03-01T10:00:00");

    final EventLog log = new EventLog();

    @Test
    void aResumedPageIsThePageCountedFromTheStart() {
        appendEvents(40);
        // Two minutes in three, as a filter that passes over some events would.
        Predicate<SimulatedEvent> filter = event -> event.timestamp().getMinute() % 3 != 0;
        int start = 0;
        for (int page = 0; page < 12; page++) {
            for (boolean countTotal : new boolean[] {false, true}) {
                EventLog.ListPage resumed = log.page(MS, CLICKS, query(filter, start, countTotal, "two in three"));
                EventLog.ListPage counted = log.page(MS, CLICKS, query(filter, start, countTotal, null));
                assertThat(resumed).as("page %d from %d", page, start).isEqualTo(counted);
            }
            start += 3;
            // What changes between pages: new events, and events withheld and served again.
            appendEvents(2);
            if (page == 4) {
                log.withhold(MS, CLICKS, "m1", 5);
            }
            if (page == 8) {
                log.release(MS, CLICKS, "m1");
            }
        }
    }

    @Test
    void anEarlierOffsetOrAnotherFilterIsCountedFromTheStart() {
        appendEvents(20);
        Predicate<SimulatedEvent> all = event -> true;
        log.page(MS, CLICKS, query(all, 10, false, "all"));

        assertThat(log.page(MS, CLICKS, query(all, 2, false, "all")).items())
                .extracting(SimulatedEvent::id)
                .containsExactly(3L, 4L, 5L);
        assertThat(log.page(MS, CLICKS, query(event -> event.id() > 15, 1, false, "above 15"))
                        .items())
                .extracting(SimulatedEvent::id)
                .containsExactly(17L, 18L, 19L);
    }

    private EventLog.ListQuery query(Predicate<SimulatedEvent> filter, int start, boolean countTotal, String key) {
        return new EventLog.ListQuery(filter, 0, start, 3, countTotal, key);
    }

    private void appendEvents(int count) {
        for (int i = 0; i < count; i++) {
            log.append(
                    MS,
                    CLICKS,
                    id -> new SimulatedEvent(
                            MS, CLICKS, id, "m" + (id % 2), "d" + id, null, null, T0.plusMinutes(id), Map.of()));
        }
    }
}
