package io.engagementhub.sandbox.copernica;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Makes plausible events of every type, with the documented value variants, from a seeded random. */
final class SimulatedEventFactory {

    // docs/providers/copernica.md#event-payloads: IPv6 addresses and 0.0.0.0 placeholders occur besides IPv4.
    private static final List<String> IPS = List.of("2a03:e280:0:1::1", "0.0.0.0", "83.161.20.7", "192.0.2.44");
    private static final List<String> USER_AGENTS = List.of(
            "Mozilla/5.0 (Ubuntu; X11; Linux x86_64; rv:8.0) Gecko/20100101 Firefox/8.0",
            "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15",
            "Firefox 3.6, WinXP");
    // docs/providers/copernica.md#event-payloads: links may hold unrendered template code.
    private static final List<String> LINKS = List.of(
            "http://www.myshop.nl/promotions/customer/{$profile.customerid}",
            "{webversion}",
            "https://www.example.org/news?id=7&src=mail",
            "{unsubscribe}");
    private static final List<String> DEVICES = List.of("desktop", "tablet", "mobile", "unknown");
    // docs/providers/copernica.md#event-payloads: the documented Publisher error types.
    private static final List<String> ERROR_TYPES = List.of(
            "nocontent",
            "nohost",
            "unreachable",
            "unexpected",
            "error",
            "mailerror",
            "mailmessage",
            "nodata",
            "privateiprange",
            "other");
    private static final List<String> ERROR_CODES = List.of("5.1.1", "5.1.2", "4.2.2", "5.7.1", "0");
    private static final List<String> FEEDBACK = List.of("abuse", "fraud", "opt-out", "other", "not-spam");

    private final Random random;
    private final int campaigns;

    SimulatedEventFactory(long seed, int campaigns) {
        this.random = new Random(seed);
        this.campaigns = campaigns;
    }

    /**
     * An event of a random destination. A destination is one message: one mailing sent to one
     * profile (or subprofile), so every event of a destination names the same three
     * (docs/providers/copernica.md#destinations).
     */
    synchronized SimulatedEvent create(SimulatedProduct product, SimulatedEventType type, long id, LocalDateTime at) {
        int destination = 100_000 + random.nextInt(900_000);
        Random message = new Random(destination);
        String emailing = String.valueOf(emailingBase(product) + message.nextInt(campaigns));
        String profile = message.nextInt(5) == 0 ? null : String.valueOf(2_000_000 + message.nextInt(900_000));
        String subprofile = message.nextInt(6) == 0 ? String.valueOf(10_000 + message.nextInt(9_000)) : null;
        Map<String, Object> attributes = attributes(product, type);
        return new SimulatedEvent(
                product, type, id, emailing, String.valueOf(destination), profile, subprofile, at, attributes);
    }

    /** The first emailing id of a product; Copernica numbers MS mailings and Publisher emailings apart. */
    static int emailingBase(SimulatedProduct product) {
        return product == SimulatedProduct.MS ? 1_000 : 5_000;
    }

    private Map<String, Object> attributes(SimulatedProduct product, SimulatedEventType type) {
        boolean ms = product == SimulatedProduct.MS;
        Map<String, Object> a = new LinkedHashMap<>();
        switch (type) {
            case CLICKS -> click(ms, a);
            case IMPRESSIONS -> {
                a.put("ip", pick(IPS));
                a.put("useragent", pick(USER_AGENTS));
                a.put("device", pick(DEVICES));
                if (!ms) {
                    a.put("referer", null);
                }
            }
            case DELIVERIES -> delivery(ms, a);
            case ERRORS -> error(ms, a);
            case UNSUBSCRIBES -> {
                a.put("source", random.nextBoolean() ? "link" : "email");
                a.put("success", random.nextInt(10) != 0);
            }
            case ABUSES -> abuse(ms, a);
        }
        return a;
    }

    private void click(boolean ms, Map<String, Object> a) {
        if (!ms) {
            a.put("link_id", String.valueOf(300 + random.nextInt(50)));
        }
        a.put("link", pick(LINKS));
        if (!ms) {
            a.put("link_title", random.nextBoolean() ? "" : "Read more");
            a.put("referer", random.nextBoolean() ? null : "https://mail.example.com/");
        }
        a.put("ip", pick(IPS));
        a.put("useragent", pick(USER_AGENTS));
    }

    private void delivery(boolean ms, Map<String, Object> a) {
        a.put("attempts", 1 + random.nextInt(3));
        if (!ms) {
            a.put("smtp-response", "250 2.0.0 Ok: queued");
        }
    }

    private void error(boolean ms, Map<String, Object> a) {
        if (ms) {
            // docs/providers/copernica.md#event-payloads: MS errors carry status (null in the example)
            // and may have an empty errortype.
            a.put("status", null);
            a.put("errorcode", pick(ERROR_CODES));
            a.put("description", "No valid from address is set");
            a.put("errortype", random.nextBoolean() ? "" : pick(ERROR_TYPES));
        } else {
            a.put("errorcode", pick(ERROR_CODES));
            a.put("description", "Resolver error: no mailservers found for domain");
            a.put("errortype", pick(ERROR_TYPES));
            a.put("errortypedescription", "Map domain name to IP address");
        }
    }

    private void abuse(boolean ms, Map<String, Object> a) {
        if (ms) {
            a.put("report", Map.of());
        } else {
            a.put("recognized_as", random.nextBoolean() ? "arf" : "none");
            a.put("feedback_type", pick(FEEDBACK));
            a.put("arf_version", "0.1");
            a.put("details", "");
        }
    }

    synchronized int nextInt(int bound) {
        return random.nextInt(bound);
    }

    private String pick(List<String> values) {
        return values.get(random.nextInt(values.size()));
    }
}
