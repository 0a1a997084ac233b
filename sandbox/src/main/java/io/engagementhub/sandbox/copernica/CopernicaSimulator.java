package io.engagementhub.sandbox.copernica;

import io.engagementhub.sandbox.SandboxServer;
import io.engagementhub.sandbox.demo.CampaignModel;
import io.engagementhub.sandbox.demo.DemoCampaigns;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A simulated Copernica account on a loopback port: the REST v2 and v4 statistics lists and emailing
 * statistics of Marketing Suite and Publisher (v4 with its authentication service and either path
 * names), seeded from a {@link CopernicaDataSet}, scriptable while clients page through it, with
 * faults and request counts from its {@link #server()}. Its {@link #events()} are the ground truth a
 * sync must end up with.
 */
public final class CopernicaSimulator implements AutoCloseable {

    private final CopernicaSimulatorSettings settings;
    private final EventLog log = new EventLog();
    private final RequestHooks hooks = new RequestHooks();
    private final SimulatedEventFactory factory;
    private final SandboxServer server;
    private final int campaigns;
    private final JwtIssuer jwts;
    private final EmailingStatistics statistics;
    private final List<CampaignModel> demoCampaigns;
    private final List<SeededEvent> demoEvents;

    private CopernicaSimulator(CopernicaDataSet data, CopernicaSimulatorSettings settings) {
        this.settings = settings;
        this.campaigns = data.campaigns();
        this.factory = new SimulatedEventFactory(data.seed(), data.campaigns());
        new DataSetSeeder(data, settings.zone()).seed(log, factory);
        this.demoCampaigns = List.of();
        this.demoEvents = List.of();
        this.jwts = new JwtIssuer(settings.jwt());
        EmailingCatalog catalog =
                EmailingCatalog.hourly(data.campaigns(), LocalDateTime.ofInstant(data.from(), settings.zone()));
        this.statistics = new EmailingStatistics(log, catalog);
        this.server = serve(catalog);
    }

    private CopernicaSimulator(DemoCampaigns demo, CopernicaSimulatorSettings settings) {
        this.settings = settings;
        this.campaigns = demo.campaigns().size();
        this.factory = new SimulatedEventFactory(DemoCampaigns.SEED, campaigns);
        DemoSeeder seeder = new DemoSeeder(settings.zone());
        this.demoEvents = List.copyOf(seeder.seed(demo, log));
        this.demoCampaigns = demo.campaigns();
        this.jwts = new JwtIssuer(settings.jwt());
        EmailingCatalog catalog = EmailingCatalog.marketingSuite(seeder.mailings(demo));
        this.statistics = new EmailingStatistics(log, catalog);
        this.server = serve(catalog);
    }

    private SandboxServer serve(EmailingCatalog catalog) {
        ListEndpoint lists = new ListEndpoint(log, catalog, settings.boundsInclusive());
        return SandboxServer.start(new CopernicaHandler(settings, hooks, lists, statistics, jwts, hooks::served));
    }

    /** Starts a simulator with the default settings (Europe/Amsterdam, inclusive MS time bounds). */
    public static CopernicaSimulator start(CopernicaDataSet data) {
        return start(data, CopernicaSimulatorSettings.DEFAULTS);
    }

    /** Starts a simulator holding {@code data}, behaving as {@code settings} say. */
    public static CopernicaSimulator start(CopernicaDataSet data, CopernicaSimulatorSettings settings) {
        return new CopernicaSimulator(
                Objects.requireNonNull(data, "data"), Objects.requireNonNull(settings, "settings"));
    }

    /**
     * Starts a simulator with the default settings holding the demo campaigns as of the clock's now
     * ({@link DemoCampaigns}, seed {@link DemoCampaigns#SEED}) as Marketing Suite mailings, each
     * with the links of {@link #demoLinks()}.
     */
    public static CopernicaSimulator startDemo(Clock clock) {
        DemoCampaigns demo = DemoCampaigns.generate(clock.instant(), DemoSeeder.LINKS.size(), DemoCampaigns.SEED);
        return new CopernicaSimulator(demo, CopernicaSimulatorSettings.DEFAULTS);
    }

    /** The demo campaigns the simulator holds, oldest first (none unless started by {@link #startDemo}). */
    public List<CampaignModel> demoCampaigns() {
        return demoCampaigns;
    }

    /** Every event of the demo campaigns, in the order appended, each with its {@code DemoEvent.Kind} name. */
    public List<SeededEvent> demoEvents() {
        return demoEvents;
    }

    /** The links of every demo mailing, by their number in {@code DemoEvent.link()}. */
    public static List<String> demoLinks() {
        return DemoSeeder.LINKS;
    }

    /** The REST v2 base URL, e.g. {@code http://127.0.0.1:41234/v2}. */
    public URI baseUrl() {
        return URI.create(server.baseUri() + "/v2");
    }

    /** The REST v4 base URL, e.g. {@code http://127.0.0.1:41234/v4}: a bearer JWT from {@link #authUrl()}. */
    public URI v4BaseUrl() {
        return URI.create(server.baseUri() + "/v4");
    }

    /** The v4 authentication service, which exchanges the access token for a JWT. */
    public URI authUrl() {
        return URI.create(server.baseUri() + CopernicaHandler.AUTHENTICATE);
    }

    /** How many JWTs the authentication service has issued. */
    public long logins() {
        return jwts.logins();
    }

    /** The access token the simulator accepts. */
    public String accessToken() {
        return settings.accessToken();
    }

    /** The account's zone: the API's times are local times there. */
    public ZoneId zone() {
        return settings.zone();
    }

    /** Every event held now, list by list, each list in ID order; {@linkplain #withhold withheld} ones included. */
    public List<SimulatedEvent> events() {
        List<SimulatedEvent> all = new ArrayList<>();
        for (SimulatedProduct product : SimulatedProduct.values()) {
            for (SimulatedEventType type : SimulatedEventType.values()) {
                all.addAll(log.all(product, type));
            }
        }
        return all;
    }

    /** The events of one list, in ID order. */
    public List<SimulatedEvent> events(SimulatedProduct product, SimulatedEventType type) {
        return log.all(product, type);
    }

    /** Adds {@code count} new events to one list, with the next IDs and the local time {@code at}. */
    public List<SimulatedEvent> append(SimulatedProduct product, SimulatedEventType type, int count, LocalDateTime at) {
        List<SimulatedEvent> added = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            added.add(log.append(product, type, at, factory));
        }
        return added;
    }

    /** Adds {@code count} new events to one list at the instant {@code at} (converted to the account's zone). */
    public List<SimulatedEvent> append(SimulatedProduct product, SimulatedEventType type, int count, Instant at) {
        return append(product, type, count, LocalDateTime.ofInstant(at, settings.zone()));
    }

    /**
     * Leaves the oldest {@code count} events of {@code emailing} in one list out of every list that
     * serves them (account-wide and per emailing) while the emailing's statistics still count them,
     * as events Copernica has counted but not listed (docs/providers/copernica.md#campaign-figures);
     * returns them.
     */
    public List<SimulatedEvent> withhold(
            SimulatedProduct product, SimulatedEventType type, String emailing, int count) {
        return log.withhold(product, type, emailing, count);
    }

    /**
     * Serves the events withheld from one list of {@code emailing} again, with their original IDs and
     * times: below the ID cursors and time windows an incremental read has passed, so only a re-read
     * of the emailing's own lists finds them; returns them.
     */
    public List<SimulatedEvent> release(SimulatedProduct product, SimulatedEventType type, String emailing) {
        return log.release(product, type, emailing);
    }

    /**
     * Makes the emailing's statistics answer {@code total} for one list whatever its events say (a
     * restated report, e.g. lower than the events); its {@code unique} is capped at it.
     */
    public void restateStatistics(SimulatedProduct product, SimulatedEventType type, String emailing, long total) {
        if (total < 0) {
            throw new IllegalArgumentException("a total is not negative, was " + total);
        }
        statistics.restate(product, type, emailing, total);
    }

    /** Leaves one list's key out of the emailing's statistics, as a page that gives no such figure. */
    public void dropStatistics(SimulatedProduct product, SimulatedEventType type, String emailing) {
        statistics.restate(product, type, emailing, null);
    }

    /**
     * Runs {@code action} once the answer to the {@code request}-th request (counting from 1, faults
     * not counted) has been prepared and before it is sent: e.g. appending events between two pages.
     */
    public void afterRequest(long request, Runnable action) {
        hooks.after(request, Objects.requireNonNull(action, "action"));
    }

    /** Requests answered with a real (non-fault) response so far. */
    public long requestsServed() {
        return hooks.served();
    }

    /**
     * One demo event and what it simulates: its {@code DemoEvent.Kind} name, e.g.
     * {@code APPLE_PROXY_OPEN} or {@code SCANNER_CLICK} (a browser's agent from a scanner's
     * address).
     */
    public record SeededEvent(SimulatedEvent event, String kind) {}

    /** The Marketing Suite mailing ids the data set's (or the demo's) events use, in campaign order. */
    public List<String> mailings() {
        List<String> mailings = new ArrayList<>();
        for (int i = 0; i < campaigns; i++) {
            mailings.add(String.valueOf(SimulatedEventFactory.emailingBase(SimulatedProduct.MS) + i));
        }
        return mailings;
    }

    /** The underlying server: faults ({@code injectFaults}), slowness and per-path request counts. */
    public SandboxServer server() {
        return server;
    }

    @Override
    public void close() {
        server.close();
    }
}
