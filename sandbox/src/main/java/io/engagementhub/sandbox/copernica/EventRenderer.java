package io.engagementhub.sandbox.copernica;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

/** Writes an event as the API shows it, applying the documented per-product key and type quirks. */
final class EventRenderer {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private EventRenderer() {}

    static String time(LocalDateTime time) {
        return TIME.format(time);
    }

    /**
     * The event as its list shows it; {@code v3AccountWide}: as a v3 account-wide Marketing Suite
     * list, whose documented fields have no profile, subprofile or (for unsubscribes) success
     * (docs/providers/copernica.md#event-payloads).
     */
    static Map<String, Object> render(SimulatedEvent event, boolean v3AccountWide) {
        boolean ms = event.product() == SimulatedProduct.MS;
        Map<String, Object> json = new LinkedHashMap<>();
        // docs/providers/copernica.md#ids-and-number-types: event IDs are JSON strings holding digits.
        json.put("ID", String.valueOf(event.id()));
        // docs/providers/copernica.md#event-payloads: MS calls the mailing "mailing", Publisher calls it "emailing".
        json.put(ms ? "mailing" : "emailing", event.emailing());
        json.put("timestamp", time(event.timestamp()));
        event.attributes().forEach((key, value) -> putAttribute(json, event, key, value));
        json.put("destination", event.destination());
        if (v3AccountWide) {
            json.remove("success");
            return json;
        }
        json.put("profile", profile(event, ms));
        json.put("subprofile", event.subprofile());
        return json;
    }

    private static void putAttribute(Map<String, Object> json, SimulatedEvent event, String key, Object value) {
        boolean ms = event.product() == SimulatedProduct.MS;
        if ("useragent".equals(key) && event.id() % 7 == 3) {
            // docs/providers/copernica.md#user-agent-key: field lists (and the v1-era API) say "user-agent";
            // clients must accept both.
            json.put("user-agent", value);
        } else if ("attempts".equals(key) && !ms) {
            // docs/providers/copernica.md#event-payloads: Publisher deliveries have "attempt" as a string,
            // MS "attempts" as a number.
            json.put("attempt", String.valueOf(value));
        } else {
            json.put(key, value);
        }
    }

    private static Object profile(SimulatedEvent event, boolean ms) {
        if (event.profile() == null || !ms || event.id() % 5 == 0) {
            return event.profile();
        }
        // docs/providers/copernica.md#event-payloads:
        // MS profile is a JSON number in one example (and a string in Publisher).
        return Long.parseLong(event.profile());
    }
}
