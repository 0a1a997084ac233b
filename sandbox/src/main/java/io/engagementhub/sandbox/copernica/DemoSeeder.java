package io.engagementhub.sandbox.copernica;

import io.engagementhub.sandbox.demo.CampaignModel;
import io.engagementhub.sandbox.demo.DemoCampaigns;
import io.engagementhub.sandbox.demo.DemoEvent;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Fills an {@link EventLog} with the demo campaigns as Marketing Suite mailings: a delivery per
 * delivered recipient, an error per bounce, impressions and clicks with the client addresses and
 * agents real statistics show (docs/machine-detection.md) for Apple Mail Privacy Protection (an
 * Apple address, Apple Mail's bare {@code Mozilla/5.0}), Gmail's and Yahoo's image proxies, link
 * scanners and people, an unsubscribe and an abuse report where the model has one. Each list in
 * time order with its IDs.
 */
final class DemoSeeder {

    /** The links of every demo mailing, by their number in {@code DemoEvent.link()}. */
    static final List<String> LINKS = List.of(
            "https://www.myshop.nl/promotions/spring",
            "https://www.myshop.nl/account",
            "https://www.example.org/news?id=7&src=mail",
            "https://www.myshop.nl/stores");

    private static final String APPLE_MAIL_PROXY = "Mozilla/5.0";
    private static final String GMAIL_PROXY =
            "Mozilla/5.0 (Windows NT 5.1; rv:11.0) Gecko Firefox/11.0 (via ggpht.com GoogleImageProxy)";
    private static final String YAHOO_PROXY =
            "YahooMailProxy; https://help.yahoo.com/kb/yahoo-mail-proxy-SLN28749.html";
    private static final String BARRACUDA =
            "Mozilla/5.0 (compatible; BarracudaCentral/1.0; +http://www.barracudacentral.org)";
    /** Outlook, Thunderbird, Chrome on a desktop, Chrome on Android. */
    private static final List<String> PEOPLE = List.of(
            "Microsoft Office/16.0 (Windows NT 10.0; Microsoft Outlook 16.0.17126; Pro)",
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:109.0) Gecko/20100101 Thunderbird/115.6.0",
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0"
                    + " Safari/537.36",
            "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko)"
                    + " Chrome/120.0.6099.144 Mobile Safari/537.36");

    /** People's addresses: consumer ISPs, never Apple's or a scanner's. */
    private static final List<String> PEOPLE_NETWORKS = List.of("83.161.20.", "145.53.12.", "84.241.196.", "62.45.88.");

    private static final String APPLE_MAIL_DESKTOP =
            "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko)";

    private final ZoneId zone;

    DemoSeeder(ZoneId zone) {
        this.zone = zone;
    }

    /** Appends the campaigns' events to {@code log}; returns each with its kind. */
    List<CopernicaSimulator.SeededEvent> seed(DemoCampaigns demo, EventLog log) {
        List<Pending> pending = new ArrayList<>();
        for (CampaignModel campaign : demo.campaigns()) {
            String mailing = String.valueOf(SimulatedEventFactory.emailingBase(SimulatedProduct.MS) + campaign.index());
            for (DemoEvent event : campaign.events()) {
                SimulatedEventType type = type(event.kind());
                if (type != null) {
                    pending.add(new Pending(type, mailing, event));
                }
            }
        }
        pending.sort(Comparator.comparing(p -> p.event().at()));
        List<CopernicaSimulator.SeededEvent> seeded = new ArrayList<>();
        for (Pending p : pending) {
            SimulatedEvent added = log.append(SimulatedProduct.MS, p.type(), id -> event(p, id));
            seeded.add(
                    new CopernicaSimulator.SeededEvent(added, p.event().kind().name()));
        }
        return seeded;
    }

    /** The Marketing Suite mailings the emailing lists show: send time, subject and destinations. */
    List<EmailingCatalog.Emailing> mailings(DemoCampaigns demo) {
        return demo.campaigns().stream()
                .map(c -> new EmailingCatalog.Emailing(
                        c.index(), LocalDateTime.ofInstant(c.sentAt(), zone), c.name(), c.recipients()))
                .toList();
    }

    private record Pending(SimulatedEventType type, String mailing, DemoEvent event) {}

    private static SimulatedEventType type(DemoEvent.Kind kind) {
        return switch (kind) {
            case SEND -> null; // the emailing's destinations count the sends
            case DELIVERY -> SimulatedEventType.DELIVERIES;
            case HARD_BOUNCE, SOFT_BOUNCE -> SimulatedEventType.ERRORS;
            case APPLE_PROXY_OPEN, GMAIL_PROXY_OPEN, YAHOO_PROXY_OPEN, HUMAN_OPEN -> SimulatedEventType.IMPRESSIONS;
            case HUMAN_CLICK, SCANNER_CLICK, NAMED_SCANNER_CLICK -> SimulatedEventType.CLICKS;
            case UNSUBSCRIBE -> SimulatedEventType.UNSUBSCRIBES;
            case COMPLAINT -> SimulatedEventType.ABUSES;
        };
    }

    private SimulatedEvent event(Pending p, long id) {
        DemoEvent e = p.event();
        int r = e.recipient();
        // Destinations are per mailing; the profile is the same person in every mailing.
        String destination = String.valueOf(3_000_000 + Integer.parseInt(p.mailing()) * 10_000L + r);
        String profile = String.valueOf(2_000_000 + r);
        return new SimulatedEvent(
                SimulatedProduct.MS,
                p.type(),
                id,
                p.mailing(),
                destination,
                profile,
                null,
                LocalDateTime.ofInstant(e.at(), zone),
                attributes(e));
    }

    private static Map<String, Object> attributes(DemoEvent e) {
        int r = e.recipient();
        Map<String, Object> a = new LinkedHashMap<>();
        switch (e.kind()) {
            case DELIVERY -> a.put("attempts", 1);
            case HARD_BOUNCE -> error(a, "5.1.1", "Recipient address rejected: user unknown", "mailerror");
            case SOFT_BOUNCE -> error(a, "4.2.2", "Mailbox full", "unreachable");
            case APPLE_PROXY_OPEN -> open(a, "17.58.101." + (1 + r % 250), APPLE_MAIL_PROXY, "unknown");
            case GMAIL_PROXY_OPEN -> open(a, "66.249.84." + (1 + r % 250), GMAIL_PROXY, "unknown");
            case YAHOO_PROXY_OPEN -> open(a, "98.136.101." + (1 + r % 250), YAHOO_PROXY, "unknown");
            case HUMAN_OPEN -> open(a, personIp(r), mailClient(r), mobile(r) ? "mobile" : "desktop");
            case HUMAN_CLICK -> click(a, e.link(), personIp(r), browser(r));
            case SCANNER_CLICK -> click(a, e.link(), "40.94.29." + (1 + r % 250), PEOPLE.get(2));
            case NAMED_SCANNER_CLICK -> click(a, e.link(), "40.94.29." + (1 + r % 250), BARRACUDA);
            case UNSUBSCRIBE -> {
                a.put("source", "link");
                a.put("success", true);
            }
            case COMPLAINT -> a.put("report", Map.of());
            case SEND -> throw new IllegalArgumentException("sends are no events in Copernica");
        }
        return a;
    }

    private static void error(Map<String, Object> a, String code, String description, String type) {
        a.put("status", null);
        a.put("errorcode", code);
        a.put("description", description);
        a.put("errortype", type);
    }

    private static void open(Map<String, Object> a, String ip, String agent, String device) {
        a.put("ip", ip);
        a.put("useragent", agent);
        a.put("device", device);
    }

    private static void click(Map<String, Object> a, int link, String ip, String agent) {
        a.put("link", LINKS.get(link));
        a.put("ip", ip);
        a.put("useragent", agent);
    }

    private static String personIp(int r) {
        return PEOPLE_NETWORKS.get(r % PEOPLE_NETWORKS.size()) + (1 + (r / PEOPLE_NETWORKS.size()) % 250);
    }

    /** Outlook, Thunderbird, a browser's webmail, Android's Gmail app or Apple Mail on a Mac. */
    private static String mailClient(int r) {
        int client = Math.floorMod(r * 31 + 7, 5);
        return client < PEOPLE.size() ? PEOPLE.get(client) : APPLE_MAIL_DESKTOP;
    }

    private static boolean mobile(int r) {
        return Math.floorMod(r * 31 + 7, 5) == 3;
    }

    /** The browser a link opens in: the phone's on a phone, Chrome on a desktop. */
    private static String browser(int r) {
        return mobile(r) ? PEOPLE.get(3) : PEOPLE.get(2);
    }
}
