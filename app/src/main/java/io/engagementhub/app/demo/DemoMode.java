package io.engagementhub.app.demo;

import io.engagementhub.sandbox.constantcontact.ConstantContactSimEvent;
import io.engagementhub.sandbox.constantcontact.ConstantContactSimulator;
import io.engagementhub.sandbox.copernica.CopernicaSimulator;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Both provider simulators on free loopback ports, seeded with the demo campaigns
 * ({@code io.engagementhub.sandbox.demo.DemoCampaigns}: five sends over the last ten days, hundreds
 * to thousands of recipients each, deliveries, bounces, opens by people and Apple's proxy, clicks by
 * people and link scanners, unsubscribes and complaints at the rates a marketer knows), and the
 * configuration of one account for each, stored in a fresh in-memory database: the whole service
 * works without provider credentials.
 */
public final class DemoMode implements AutoCloseable {

    public static final String COPERNICA_ACCOUNT = "demo-copernica";
    public static final String CONSTANT_CONTACT_ACCOUNT = "demo-constantcontact";

    /** The Micronaut environment demo mode runs in. */
    public static final String ENVIRONMENT = "demo";

    /** Where demo mode keeps its data (set in {@code application-demo.yml}): memory only. */
    public static final String DATABASE_URL = "jdbc:h2:mem:engagement-demo;DB_CLOSE_DELAY=-1";

    /** The kinds of demo event that machine detection judges: deliveries, opens and clicks. */
    static final Set<String> JUDGED = Set.of(
            "DELIVERY",
            "APPLE_PROXY_OPEN",
            "GMAIL_PROXY_OPEN",
            "YAHOO_PROXY_OPEN",
            "HUMAN_OPEN",
            "HUMAN_CLICK",
            "SCANNER_CLICK",
            "NAMED_SCANNER_CLICK");

    private static final Set<String> SCANNERS = Set.of("SCANNER_CLICK", "NAMED_SCANNER_CLICK");

    private final CopernicaSimulator copernica;
    private final ConstantContactSimulator constantContact;

    private DemoMode(CopernicaSimulator copernica, ConstantContactSimulator constantContact) {
        this.copernica = copernica;
        this.constantContact = constantContact;
    }

    /** Starts both simulators with the demo campaigns as of now. */
    public static DemoMode start() {
        Clock clock = Clock.systemUTC();
        return new DemoMode(CopernicaSimulator.startDemo(clock), ConstantContactSimulator.startDemo(clock));
    }

    /** The configuration that points one account at each simulator. */
    public Map<String, Object> properties() {
        Map<String, Object> properties = copernicaAccount(COPERNICA_ACCOUNT, copernica);
        properties.putAll(constantContactAccount(CONSTANT_CONTACT_ACCOUNT, constantContact));
        return properties;
    }

    /**
     * The configuration of an account {@code name} on {@code copernica}: REST v4, with a JWT from
     * the simulator's authentication service.
     */
    public static Map<String, Object> copernicaAccount(String name, CopernicaSimulator copernica) {
        Map<String, Object> properties = new LinkedHashMap<>();
        String prefix = "engagement.accounts." + name + ".";
        properties.put(prefix + "provider", "copernica");
        properties.put(prefix + "base-url", copernica.v4BaseUrl().toString());
        properties.put(prefix + "auth-url", copernica.authUrl().toString());
        properties.put(prefix + "access-token", copernica.accessToken());
        properties.put(prefix + "time-zone", copernica.zone().getId());
        return properties;
    }

    /** The configuration of an account {@code name} on {@code constantContact}. */
    public static Map<String, Object> constantContactAccount(String name, ConstantContactSimulator constantContact) {
        Map<String, Object> properties = new LinkedHashMap<>();
        String prefix = "engagement.accounts." + name + ".";
        properties.put(prefix + "provider", "constantcontact");
        properties.put(prefix + "base-url", constantContact.baseUrl());
        properties.put(prefix + "token-url", constantContact.tokenUrl());
        properties.put(prefix + "client-id", constantContact.clientId());
        properties.put(prefix + "client-secret", constantContact.clientSecret());
        properties.put(prefix + "refresh-token", constantContact.initialRefreshToken());
        return properties;
    }

    /** The Copernica simulator, for tests that compare with its events. */
    public CopernicaSimulator copernica() {
        return copernica;
    }

    /** The Constant Contact simulator, for tests that compare with its events. */
    public ConstantContactSimulator constantContact() {
        return constantContact;
    }

    /**
     * The Copernica deliveries, opens and clicks of the demo, each with what it simulates
     * ({@code APPLE_PROXY_OPEN}, {@code SCANNER_CLICK}, {@code HUMAN_OPEN}, ...): machine detection's
     * expected input. Bounces, unsubscribes and complaints are left out.
     */
    public List<CopernicaSimulator.SeededEvent> copernicaMachineMix() {
        return copernica.demoEvents().stream()
                .filter(e -> JUDGED.contains(e.kind()))
                .toList();
    }

    /** The Constant Contact link scanners' clicks: every link in the minute of the send. */
    public List<ConstantContactSimEvent> constantContactBursts() {
        return constantContact.demoRows().stream()
                .filter(r -> SCANNERS.contains(r.kind()))
                .map(ConstantContactSimulator.SeededRow::row)
                .toList();
    }

    @Override
    public void close() {
        copernica.close();
        constantContact.close();
    }
}
