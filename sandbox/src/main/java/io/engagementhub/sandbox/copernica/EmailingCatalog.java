package io.engagementhub.sandbox.copernica;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The emailings of both products, as {@code ms/emailings} and {@code publisher/emailings} list them
 * (docs/providers/copernica.md#campaign-details): for a data set one an hour from its start in both
 * products, for the demo its Marketing Suite mailings; in ascending timestamp order, filtered by the
 * documented {@code fromdate} and {@code todate}.
 */
final class EmailingCatalog {

    /** One emailing: its number in its product, send time, subject and number of destinations. */
    record Emailing(int index, LocalDateTime sentAt, String subject, int destinations) {}

    private final List<Emailing> ms;
    private final List<Emailing> publisher;

    private EmailingCatalog(List<Emailing> ms, List<Emailing> publisher) {
        this.ms = List.copyOf(ms);
        this.publisher = List.copyOf(publisher);
    }

    /** {@code campaigns} emailings per product, one an hour from {@code firstSent}. */
    static EmailingCatalog hourly(int campaigns, LocalDateTime firstSent) {
        List<Emailing> emailings = new ArrayList<>();
        for (int i = 0; i < campaigns; i++) {
            emailings.add(new Emailing(i, firstSent.plusHours(i), "Newsletter " + (i + 1), 25 + i));
        }
        return new EmailingCatalog(emailings, emailings);
    }

    /** Marketing Suite mailings only, in ascending send time. */
    static EmailingCatalog marketingSuite(List<Emailing> mailings) {
        return new EmailingCatalog(mailings, List.of());
    }

    /**
     * The emailings sent from {@code fromDate} to {@code toDate} (null: unbounded), one page of them.
     * The bounds are taken as inclusive: a long-time client found {@code fromdate} to act as {@code >=}.
     */
    Page list(SimulatedProduct product, LocalDateTime fromDate, LocalDateTime toDate, int start, int limit) {
        List<Object> matching = new ArrayList<>();
        for (Emailing emailing : product == SimulatedProduct.MS ? ms : publisher) {
            LocalDateTime sent = emailing.sentAt();
            if ((fromDate == null || !sent.isBefore(fromDate)) && (toDate == null || !sent.isAfter(toDate))) {
                matching.add(emailing(product, emailing));
            }
        }
        int from = Math.min(start, matching.size());
        return new Page(matching.subList(from, Math.min(matching.size(), from + limit)), matching.size());
    }

    /** Whether {@code id} is one of the product's emailings. */
    boolean has(SimulatedProduct product, String id) {
        return destinations(product, id) >= 0;
    }

    /** The destinations the emailing lists for {@code id}, or -1 if the product has no such emailing. */
    int destinations(SimulatedProduct product, String id) {
        int base = SimulatedEventFactory.emailingBase(product);
        for (Emailing emailing : product == SimulatedProduct.MS ? ms : publisher) {
            if (String.valueOf(base + emailing.index()).equals(id)) {
                return emailing.destinations();
            }
        }
        return -1;
    }

    /** One page of emailings and how many match in all. */
    record Page(List<Object> items, int total) {}

    /**
     * docs/providers/copernica.md#campaign-details: emailing objects spell their id in lower case;
     * Publisher ones also carry a description.
     */
    private static Map<String, Object> emailing(SimulatedProduct product, Emailing emailing) {
        int index = emailing.index();
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("id", String.valueOf(SimulatedEventFactory.emailingBase(product) + index));
        item.put("timestamp", EventRenderer.time(emailing.sentAt()));
        if (product == SimulatedProduct.PUBLISHER) {
            item.put("description", "Weekly digest " + (index + 1));
        }
        item.put("subject", emailing.subject());
        item.put("from_address", Map.of("name", "Shop", "email", "news@example.org"));
        // docs/providers/copernica.md#ids-and-number-types: ms/emailings counts destinations as a number,
        // publisher/emailings as a string.
        int destinations = emailing.destinations();
        item.put("destinations", product == SimulatedProduct.MS ? (Object) destinations : String.valueOf(destinations));
        item.put("type", "mass");
        return item;
    }
}
