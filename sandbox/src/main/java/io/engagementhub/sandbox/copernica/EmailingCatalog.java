package io.engagementhub.sandbox.copernica;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The emailings of both products, as {@code ms/emailings} and {@code publisher/emailings} list them
 * (docs/providers/copernica.md#campaign-details): one an hour from the data set's start, in
 * ascending timestamp order, filtered by the documented {@code fromdate} and {@code todate}.
 */
final class EmailingCatalog {

    private final int campaigns;
    private final LocalDateTime firstSent;

    EmailingCatalog(int campaigns, LocalDateTime firstSent) {
        this.campaigns = campaigns;
        this.firstSent = firstSent;
    }

    /**
     * The emailings sent from {@code fromDate} to {@code toDate} (null: unbounded), one page of them.
     * The bounds are taken as inclusive: a long-time client found {@code fromdate} to act as {@code >=}.
     */
    Page list(SimulatedProduct product, LocalDateTime fromDate, LocalDateTime toDate, int start, int limit) {
        List<Object> matching = new ArrayList<>();
        for (int i = 0; i < campaigns; i++) {
            LocalDateTime sent = sentAt(i);
            if ((fromDate == null || !sent.isBefore(fromDate)) && (toDate == null || !sent.isAfter(toDate))) {
                matching.add(emailing(product, i));
            }
        }
        int from = Math.min(start, matching.size());
        return new Page(matching.subList(from, Math.min(matching.size(), from + limit)), matching.size());
    }

    /** Whether {@code id} is one of the product's emailings. */
    boolean has(SimulatedProduct product, String id) {
        int base = SimulatedEventFactory.emailingBase(product);
        for (int i = 0; i < campaigns; i++) {
            if (String.valueOf(base + i).equals(id)) {
                return true;
            }
        }
        return false;
    }

    /** One page of emailings and how many match in all. */
    record Page(List<Object> items, int total) {}

    private LocalDateTime sentAt(int index) {
        return firstSent.plusHours(index);
    }

    /**
     * docs/providers/copernica.md#campaign-details: emailing objects spell their id in lower case;
     * Publisher ones also carry a description.
     */
    private Map<String, Object> emailing(SimulatedProduct product, int index) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("id", String.valueOf(SimulatedEventFactory.emailingBase(product) + index));
        item.put("timestamp", EventRenderer.time(sentAt(index)));
        if (product == SimulatedProduct.PUBLISHER) {
            item.put("description", "Weekly digest " + (index + 1));
        }
        item.put("subject", "Newsletter " + (index + 1));
        item.put("from_address", Map.of("name", "Shop", "email", "news@example.org"));
        // docs/providers/copernica.md#ids-and-number-types: ms/emailings counts destinations as a number,
        // publisher/emailings as a string.
        item.put("destinations", product == SimulatedProduct.MS ? (Object) (25 + index) : String.valueOf(25 + index));
        item.put("type", "mass");
        return item;
    }
}
