package io.engagementhub.sandbox.constantcontact;

import io.engagementhub.sandbox.SandboxServer;
import io.engagementhub.sandbox.demo.CampaignModel;
import io.engagementhub.sandbox.demo.DemoCampaigns;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A Constant Contact V3 account on a loopback port: the OAuth token endpoint and the campaign,
 * stats and tracking-report endpoints, with rotating refresh tokens, expiring access tokens, the
 * per-second and daily rate limits and, through {@link #server()}, faults on demand. Scriptable
 * from Java; {@link #events()} is the ground truth.
 */
public final class ConstantContactSimulator implements AutoCloseable {

    private static final String DEFAULT_CLIENT_ID = "sandbox-client-id";

    private final SimAccount account = new SimAccount();
    private final SimTokens tokens;
    private final SimQuota limits;
    private final SandboxServer server;
    private final Clock clock;
    private final String clientId;
    private final String clientSecret;
    private final String initialRefreshToken;
    private final SimRows rows = new SimRows(new Random(7));
    private final SimTracking tracking = new SimTracking(account);
    private final List<CampaignModel> demoCampaigns;
    private final List<SeededRow> demoRows;

    private ConstantContactSimulator(ConstantContactDataSet data, Clock clock, String clientId) {
        this(clock, clientId, null);
        new SimSeeder(data).seed(account, clock.instant());
    }

    private ConstantContactSimulator(Clock clock, String clientId, DemoCampaigns demo) {
        this.clock = clock;
        this.clientId = clientId;
        this.tokens = new SimTokens(clock);
        this.limits = new SimQuota(clock);
        this.clientSecret = "sandbox-secret-" + Long.toHexString(new Random().nextLong());
        this.initialRefreshToken = tokens.refreshToken();
        this.demoCampaigns = demo == null ? List.of() : demo.campaigns();
        this.demoRows =
                demo == null ? List.of() : List.copyOf(new SimDemoSeeder(DemoCampaigns.SEED).seed(demo, account));
        SimRouter router = new SimRouter(
                new SimTokenEndpoint(tokens, clientId, clientSecret),
                tokens,
                limits,
                new SimRouter.SimApi(new SimCampaignEndpoints(account), new SimStats(account, clock), tracking));
        this.server = SandboxServer.start(router);
    }

    /** Seeds an account from {@code data} and serves it; {@code clock} drives token expiry and the daily quota. */
    public static ConstantContactSimulator start(ConstantContactDataSet data, Clock clock) {
        return new ConstantContactSimulator(data, clock, DEFAULT_CLIENT_ID);
    }

    /**
     * Starts a simulator holding the demo campaigns as of the clock's now ({@link DemoCampaigns},
     * seed {@link DemoCampaigns#SEED} + 1, so they differ from Copernica's; no complaints, which
     * the tracking reports do not list), each with the links every campaign has.
     */
    public static ConstantContactSimulator startDemo(Clock clock) {
        DemoCampaigns demo = DemoCampaigns.generate(clock.instant(), SimRows.LINKS, DemoCampaigns.SEED + 1)
                .withoutComplaints();
        return new ConstantContactSimulator(clock, DEFAULT_CLIENT_ID, demo);
    }

    /**
     * The demo campaigns, oldest first, in the order of {@link #campaigns()} (none unless started
     * by {@link #startDemo}).
     */
    public List<CampaignModel> demoCampaigns() {
        return demoCampaigns;
    }

    /** Every row of the demo campaigns with its {@code DemoEvent.Kind} name. */
    public List<SeededRow> demoRows() {
        return demoRows;
    }

    /** A demo row and what it simulates, e.g. {@code APPLE_PROXY_OPEN} or {@code SCANNER_CLICK}. */
    public record SeededRow(ConstantContactSimEvent row, String kind) {}

    /** As {@link #start(ConstantContactDataSet, Clock)}, for the application {@code clientId}. */
    public static ConstantContactSimulator start(ConstantContactDataSet data, Clock clock, String clientId) {
        return new ConstantContactSimulator(data, clock, clientId);
    }

    /** The API base, e.g. {@code http://127.0.0.1:41234/v3}. */
    public String baseUrl() {
        return server.baseUri() + "/v3";
    }

    /** The OAuth token endpoint. */
    public String tokenUrl() {
        return server.baseUri() + SimTokenEndpoint.PATH;
    }

    public String clientId() {
        return clientId;
    }

    public String clientSecret() {
        return clientSecret;
    }

    /** The refresh token the account's user authorized the app with. */
    public String initialRefreshToken() {
        return initialRefreshToken;
    }

    /** The refresh token valid now. */
    public String currentRefreshToken() {
        return tokens.refreshToken();
    }

    /**
     * Every report row the account holds now (the ground truth), in no particular order; rows
     * {@linkplain #withhold withheld} from the reports included.
     */
    public List<ConstantContactSimEvent> events() {
        return account.allRows();
    }

    /** The campaigns, with their activities. */
    public List<ConstantContactSimCampaign> campaigns() {
        return account.campaigns();
    }

    /** Adds rows to the account, e.g. events that happened since the last sync. */
    public void append(List<ConstantContactSimEvent> events) {
        events.forEach(account::add);
    }

    /**
     * Adds {@code count} rows of {@code report} to a sent activity, at the simulator's current
     * minute (event times are minute-grained: docs/providers/constantcontact.md#timestamps), for
     * random contacts of the activity's sends; returns them.
     */
    public List<ConstantContactSimEvent> append(String activityId, ConstantContactSimReport report, int count) {
        ConstantContactSimActivity activity = account.activity(activityId)
                .orElseThrow(() -> new IllegalArgumentException("no such campaign activity: " + activityId));
        int contacts = account.rows(activityId, ConstantContactSimReport.SENDS).size();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MINUTES);
        List<ConstantContactSimEvent> added = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            added.add(rows.randomRow(activity, report, contacts, now));
        }
        append(added);
        return added;
    }

    /**
     * Leaves the oldest {@code count} rows of one report of one activity out of its tracking report
     * while the activity stats still count them, as rows the provider has counted but not yet listed
     * (docs/providers/constantcontact.md#campaign-figures); returns them.
     */
    public List<ConstantContactSimEvent> withhold(String activityId, ConstantContactSimReport report, int count) {
        return account.withhold(activityId, report, count);
    }

    /**
     * Lists the rows withheld from one report of one activity again, with their original times: they
     * sit below the report's newest rows, where an incremental scan that has passed them does not look
     * again; returns them.
     */
    public List<ConstantContactSimEvent> release(String activityId, ConstantContactSimReport report) {
        return account.release(activityId, report);
    }

    /**
     * Makes the activity stats answer {@code value} for one report (its unique count and, for opens
     * and clicks, its total) whatever its rows say: a restated report, e.g. lower than the rows.
     */
    public void restateStats(String activityId, ConstantContactSimReport report, int value) {
        if (value < 0) {
            throw new IllegalArgumentException("a count is not negative, was " + value);
        }
        account.restate(activityId, report, value);
    }

    /** Leaves one report's keys out of the activity stats, as a provider giving no such figure. */
    public void dropStats(String activityId, ConstantContactSimReport report) {
        account.restate(activityId, report, null);
    }

    /**
     * Whether tracking-report cursors are row offsets counted from the newest row, so that rows
     * added between two pages shift the next page (off by default: stable cursors). The real cursor
     * format is undocumented (docs/providers/constantcontact.md#paging).
     */
    public void offsetCursors(boolean on) {
        tracking.offsetCursors(on);
    }

    /** Rotating (default) or long-lived refresh tokens. */
    public void rotateRefreshTokens(boolean rotating) {
        tokens.rotating(rotating);
    }

    /** Access tokens issued from now on expire after {@code lifetime}, or after {@code requests} uses (0: no limit). */
    public void accessTokenExpiry(Duration lifetime, int requests) {
        tokens.expiry(lifetime, requests);
    }

    /** Every access token issued so far stops working. */
    public void expireAccessTokens() {
        tokens.expireAccessTokens();
    }

    /** The user revokes the app: the current refresh token stops working. */
    public void revokeRefreshToken() {
        tokens.revoke();
    }

    /** Every access and refresh token issued so far: secrets tests assert none of them leaks. */
    public List<String> issuedTokens() {
        return tokens.issued();
    }

    /** How many refreshes the token endpoint granted. */
    public int refreshes() {
        return tokens.refreshes();
    }

    /** Every refresh token presented to the token endpoint, in order, refused ones included. */
    public List<String> presentedRefreshTokens() {
        return tokens.presented();
    }

    /** Refreshes answered invalid_grant (a refresh token not valid, e.g. superseded). */
    public int refusedRefreshes() {
        return tokens.refused();
    }

    /** The daily request budget (default 10,000), reset at 00:00 UTC of the simulator's clock. */
    public void dailyQuota(long requests) {
        limits.dailyBudget(requests);
    }

    /**
     * Throttles above {@code requests} in a sliding second instead of the documented 4, so tests
     * that are not about rate limits run fast.
     */
    public void throttleAbove(int requests) {
        limits.perSecond(requests);
    }

    /** The most API requests seen in any sliding second. */
    public int peakRequestsPerSecond() {
        return limits.peakPerSecond();
    }

    /** API requests answered so far, 429s included. */
    public long apiRequests() {
        return limits.seen();
    }

    /** API requests answered 429 (throttled or quota exceeded) so far. */
    public long tooManyRequests() {
        return limits.refused();
    }

    /** The shared server: request counts per path and faults on demand. */
    public SandboxServer server() {
        return server;
    }

    @Override
    public void close() {
        server.close();
    }
}
