package io.engagementhub.sandbox.copernica;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Seeds what real Copernica statistics of a campaign hold besides people's opens and clicks
 * (docs/machine-detection.md): opens fetched by Apple Mail Privacy Protection (an Apple address,
 * Apple Mail's bare {@code Mozilla/5.0}), opens through Gmail's and Yahoo's image proxies, and link
 * scanners following every link within a second of delivery; beside them people opening and
 * clicking with real mail clients and browsers. Each recipient gets a delivery first.
 */
final class MachineMix {

    /** What a seeded event simulates; a test says what the rules should conclude from it. */
    enum Kind {
        APPLE_PROXY_OPEN,
        GMAIL_PROXY_OPEN,
        YAHOO_PROXY_OPEN,
        SCANNER_CLICK,
        NAMED_SCANNER_CLICK,
        HUMAN_OPEN,
        HUMAN_CLICK,
        DELIVERY
    }

    static final String APPLE_MAIL_PROXY = "Mozilla/5.0";
    static final String GMAIL_PROXY =
            "Mozilla/5.0 (Windows NT 5.1; rv:11.0) Gecko Firefox/11.0 (via ggpht.com GoogleImageProxy)";
    static final String YAHOO_PROXY = "YahooMailProxy; https://help.yahoo.com/kb/yahoo-mail-proxy-SLN28749.html";
    static final String BARRACUDA = "Mozilla/5.0 (compatible; BarracudaCentral/1.0; +http://www.barracudacentral.org)";
    static final List<String> PEOPLE = List.of(
            "Microsoft Office/16.0 (Windows NT 10.0; Microsoft Outlook 16.0.17126; Pro)",
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:109.0) Gecko/20100101 Thunderbird/115.6.0",
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0"
                    + " Safari/537.36",
            "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko)"
                    + " Chrome/120.0.6099.144 Mobile Safari/537.36");
    static final List<String> LINKS = List.of(
            "https://www.myshop.nl/promotions/spring",
            "https://www.myshop.nl/account",
            "https://www.example.org/news?id=7&src=mail",
            "https://www.myshop.nl/stores");

    private final EventLog log;
    private final ZoneId zone;
    private final List<CopernicaSimulator.SeededEvent> seeded = new ArrayList<>();

    MachineMix(EventLog log, ZoneId zone) {
        this.log = log;
        this.zone = zone;
    }

    /** Deliveries of successive recipients lie this far apart. */
    static final int SPACING_SECONDS = 5;

    /** {@code perKind} recipients of each kind in each mailing, delivered from {@code from} on, a few seconds apart. */
    List<CopernicaSimulator.SeededEvent> seed(List<String> mailings, int perKind, Instant from) {
        int recipient = 0;
        Instant at = from;
        for (String mailing : mailings) {
            for (int i = 0; i < perKind; i++) {
                for (Kind kind : List.of(
                        Kind.APPLE_PROXY_OPEN,
                        Kind.GMAIL_PROXY_OPEN,
                        Kind.YAHOO_PROXY_OPEN,
                        Kind.SCANNER_CLICK,
                        Kind.NAMED_SCANNER_CLICK,
                        Kind.HUMAN_OPEN)) {
                    recipient(mailing, String.valueOf(2_000_000 + recipient++), kind, at);
                    at = at.plusSeconds(SPACING_SECONDS);
                }
            }
        }
        return List.copyOf(seeded);
    }

    private void recipient(String mailing, String destination, Kind kind, Instant delivered) {
        add(SimulatedEventType.DELIVERIES, mailing, destination, delivered, Map.of("attempts", 1), Kind.DELIVERY);
        switch (kind) {
            case APPLE_PROXY_OPEN ->
                open(mailing, destination, delivered.plusSeconds(95), "17.58.101.4", APPLE_MAIL_PROXY, kind);
            case GMAIL_PROXY_OPEN ->
                open(mailing, destination, delivered.plusSeconds(600), "66.249.84.13", GMAIL_PROXY, kind);
            case YAHOO_PROXY_OPEN ->
                open(mailing, destination, delivered.plusSeconds(900), "98.136.101.3", YAHOO_PROXY, kind);
            case SCANNER_CLICK, NAMED_SCANNER_CLICK -> {
                String agent = kind == Kind.SCANNER_CLICK ? PEOPLE.get(2) : BARRACUDA;
                for (String link : LINKS) {
                    click(mailing, destination, delivered.plusSeconds(1), link, "40.94.29.7", agent, kind);
                }
            }
            case HUMAN_OPEN -> {
                String agent = PEOPLE.get(Math.floorMod(destination.hashCode(), PEOPLE.size()));
                open(mailing, destination, delivered.plusSeconds(1800), "83.161.20.7", agent, Kind.HUMAN_OPEN);
                click(
                        mailing,
                        destination,
                        delivered.plusSeconds(1860),
                        LINKS.get(0),
                        "83.161.20.7",
                        PEOPLE.get(3),
                        Kind.HUMAN_CLICK);
            }
            default -> throw new IllegalArgumentException("no recipient of kind " + kind);
        }
    }

    private void open(String mailing, String destination, Instant at, String ip, String agent, Kind kind) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("ip", ip);
        attributes.put("useragent", agent);
        attributes.put("device", "unknown");
        add(SimulatedEventType.IMPRESSIONS, mailing, destination, at, attributes, kind);
    }

    private void click(
            String mailing, String destination, Instant at, String link, String ip, String agent, Kind kind) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("link", link);
        attributes.put("ip", ip);
        attributes.put("useragent", agent);
        add(SimulatedEventType.CLICKS, mailing, destination, at, attributes, kind);
    }

    private void add(
            SimulatedEventType type,
            String mailing,
            String destination,
            Instant at,
            Map<String, Object> attributes,
            Kind kind) {
        LocalDateTime local = LocalDateTime.ofInstant(at, zone);
        SimulatedEvent event = log.append(
                SimulatedProduct.MS,
                type,
                id -> new SimulatedEvent(
                        SimulatedProduct.MS, type, id, mailing, destination, null, null, local, attributes));
        seeded.add(new CopernicaSimulator.SeededEvent(event, kind.name()));
    }
}
