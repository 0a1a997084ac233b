package io.engagementhub.domain.service;

import io.engagementhub.domain.model.ContextEvent;
import io.engagementhub.domain.model.EngagementType;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** One recipient's events in one campaign, in time order: what the timing and pattern rules look at. */
final class RecipientTimeline {

    private static final Comparator<ContextEvent> ORDER =
            Comparator.comparing(ContextEvent::occurredAt).thenComparing(e -> e.id().value());

    private final List<Instant> deliveries = new ArrayList<>();
    private final List<ContextEvent> engagements = new ArrayList<>();
    private final List<ContextEvent> clicks = new ArrayList<>();

    RecipientTimeline(List<ContextEvent> events) {
        List<ContextEvent> sorted = new ArrayList<>(events);
        sorted.sort(ORDER);
        for (ContextEvent event : sorted) {
            switch (event.type()) {
                case SENT, DELIVERED -> {
                    // An auto-reply (a delivery with bounce details) is timed by the reply, not the delivery.
                    if (!event.autoReply()) {
                        deliveries.add(event.occurredAt());
                    }
                }
                case OPENED -> engagements.add(event);
                case CLICKED -> {
                    engagements.add(event);
                    clicks.add(event);
                }
                default -> {}
            }
        }
    }

    /** Ids of opens and clicks at most {@code limit} after the latest delivery or send before them. */
    Set<String> tooFast(Duration limit) {
        Set<String> ids = new LinkedHashSet<>();
        if (limit.isZero() || deliveries.isEmpty()) {
            return ids;
        }
        for (ContextEvent event : engagements) {
            Instant delivery = latestAtOrBefore(event.occurredAt());
            if (delivery != null
                    && Duration.between(delivery, event.occurredAt()).compareTo(limit) <= 0) {
                ids.add(event.id().value());
            }
        }
        return ids;
    }

    private Instant latestAtOrBefore(Instant at) {
        Instant latest = null;
        for (Instant delivery : deliveries) {
            if (delivery.isAfter(at)) {
                break;
            }
            latest = delivery;
        }
        return latest;
    }

    /**
     * Ids of clicks in a burst: a run of clicks starting with one click and spanning at most
     * {@code window}, on at least {@code minLinks} distinct links. Clicks outside every such run
     * (later, genuine clicks) are not in a burst.
     */
    Set<String> bursts(Duration window, int minLinks) {
        Set<String> ids = new LinkedHashSet<>();
        for (int first = 0; first < clicks.size(); first++) {
            Instant end = clicks.get(first).occurredAt().plus(window);
            Set<List<String>> links = new HashSet<>();
            int last = first;
            while (last < clicks.size() && !clicks.get(last).occurredAt().isAfter(end)) {
                links.add(linkOf(clicks.get(last)));
                last++;
            }
            if (links.size() >= minLinks) {
                for (int i = first; i < last; i++) {
                    ids.add(clicks.get(i).id().value());
                }
            }
        }
        return ids;
    }

    private static List<String> linkOf(ContextEvent click) {
        return List.of(
                click.link().url(), Objects.requireNonNullElse(click.link().id(), ""));
    }

    static boolean counts(EngagementType type) {
        return type == EngagementType.SENT
                || type == EngagementType.DELIVERED
                || type == EngagementType.OPENED
                || type == EngagementType.CLICKED;
    }
}
