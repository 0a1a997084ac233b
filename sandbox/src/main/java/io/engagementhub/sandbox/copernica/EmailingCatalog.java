package io.engagementhub.sandbox.copernica;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The emailings of both products, as {@code ms/emailings} and {@code publisher/emailings} list them. */
final class EmailingCatalog {

    private final int campaigns;
    private final LocalDateTime firstSent;

    EmailingCatalog(int campaigns, LocalDateTime firstSent) {
        this.campaigns = campaigns;
        this.firstSent = firstSent;
    }

    int size() {
        return campaigns;
    }

    /** docs/providers/copernica.md#discovery: emailings come in ascending timestamp order, ids in lower case "id". */
    List<Object> list(SimulatedProduct product, int start, int limit) {
        List<Object> items = new ArrayList<>();
        for (int i = start; i < campaigns && items.size() < limit; i++) {
            items.add(emailing(product, i));
        }
        return items;
    }

    private Map<String, Object> emailing(SimulatedProduct product, int index) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("id", String.valueOf(SimulatedEventFactory.emailingBase(product) + index));
        item.put("timestamp", EventRenderer.time(firstSent.plusHours(index)));
        item.put("subject", "Newsletter " + (index + 1));
        item.put("from_address", Map.of("name", "Shop", "email", "news@example.org"));
        // docs/providers/copernica.md#ids-and-number-types: ms/emailings counts destinations as a number,
        // publisher/emailings as a string.
        item.put("destinations", product == SimulatedProduct.MS ? (Object) 25 : "25");
        item.put("type", "mass");
        return item;
    }
}
