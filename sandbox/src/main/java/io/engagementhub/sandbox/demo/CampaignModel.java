package io.engagementhub.sandbox.demo;

import java.time.Instant;
import java.util.List;

/**
 * One demo campaign: sent to {@code recipients} recipients at {@code sentAt}, and what happened
 * since, in time order.
 *
 * @param index its number in the demo, from 0, oldest first
 * @param name a name a marketer would give it
 * @param sentAt the send time, a whole minute
 * @param recipients how many recipients it was sent to
 * @param events every event of every recipient, in time order (same times in recipient order)
 */
public record CampaignModel(int index, String name, Instant sentAt, int recipients, List<DemoEvent> events) {

    public CampaignModel {
        events = List.copyOf(events);
    }

    /** The events of one kind, in time order. */
    public List<DemoEvent> events(DemoEvent.Kind kind) {
        return events.stream().filter(e -> e.kind() == kind).toList();
    }
}
