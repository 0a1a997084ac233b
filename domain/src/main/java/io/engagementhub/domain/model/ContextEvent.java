package io.engagementhub.domain.model;

import java.time.Instant;

/**
 * What the timing rules of machine classification look at of an event: its recipient's other
 * sends, deliveries, opens and clicks in the campaign, by time. A store reads these for a page's
 * recipients without the rest of each event (address, client, origin). It checks nothing again:
 * it is read from an {@link EngagementEvent}, which has checked its parts, or from a stored one.
 *
 * @param id the event's id
 * @param campaignId its campaign
 * @param recipientId its recipient
 * @param type what happened
 * @param occurredAt when
 * @param link the clicked link (clicks only), or null; its title is not kept, no rule reads it
 * @param autoReply whether it is a delivery that was an auto-reply (it has bounce details)
 * @param machine its verdict ({@link MachineVerdict#NONE} when null)
 */
public record ContextEvent(
        EventId id,
        String campaignId,
        String recipientId,
        EngagementType type,
        Instant occurredAt,
        Link link,
        boolean autoReply,
        MachineVerdict machine) {

    public ContextEvent {
        machine = machine == null ? MachineVerdict.NONE : machine;
        link = link == null || link.title() == null ? link : new Link(link.url(), link.id(), null);
    }

    /** What the timing rules look at of {@code event}. */
    public static ContextEvent of(EngagementEvent event) {
        return new ContextEvent(
                event.id(),
                event.campaignId(),
                event.recipient().id(),
                event.type(),
                event.occurredAt(),
                event.link(),
                event.bounce() != null,
                event.machine());
    }
}
