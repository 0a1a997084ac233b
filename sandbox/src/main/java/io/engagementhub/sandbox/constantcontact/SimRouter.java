package io.engagementhub.sandbox.constantcontact;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Routes requests: the token endpoint, then bearer check and rate limits for the {@code /v3} API. */
final class SimRouter implements HttpHandler {

    private static final Pattern CAMPAIGN = Pattern.compile("/v3/emails/([^/]+)");
    private static final Pattern ACTIVITY = Pattern.compile("/v3/emails/activities/([^/]+)");
    private static final Pattern STATS = Pattern.compile("/v3/reports/stats/email_campaign_activities/([^/]+)");
    private static final Pattern TRACKING = Pattern.compile("/v3/reports/email_reports/([^/]+)/tracking/([a-z_]+)");

    private final SimTokenEndpoint tokenEndpoint;
    private final SimTokens tokens;
    private final SimQuota limits;
    private final SimApi api;

    /** The read endpoints of the API. */
    record SimApi(SimCampaignEndpoints campaigns, SimStats stats, SimTracking tracking) {}

    SimRouter(SimTokenEndpoint tokenEndpoint, SimTokens tokens, SimQuota limits, SimApi api) {
        this.tokenEndpoint = tokenEndpoint;
        this.tokens = tokens;
        this.limits = limits;
        this.api = api;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        SimRequest request = new SimRequest(exchange);
        if (request.path().equals(SimTokenEndpoint.PATH)) {
            tokenEndpoint.handle(request);
        } else if (authorized(request) && admitted(request)) {
            route(request);
        }
    }

    private boolean authorized(SimRequest request) throws IOException {
        String header = request.header("Authorization");
        String token = header != null && header.startsWith("Bearer ") ? header.substring(7) : null;
        if (tokens.use(token) == SimTokens.Check.OK) {
            return true;
        }
        // docs/providers/constantcontact.md#errors: 401 is a single object {error_key: unauthorized, ...}
        exchange(request).getResponseHeaders().set("WWW-Authenticate", "Bearer realm=api.cc.email");
        request.errorObject(401, "unauthorized", "Unauthorized");
        return false;
    }

    private boolean admitted(SimRequest request) throws IOException {
        // docs/providers/constantcontact.md#rate-limits-and-quota:
        // 429 single objects, throttled vs quota_exceeded, no Retry-After
        switch (limits.admit()) {
            case THROTTLED -> request.errorObject(429, "throttled", "Too Many Requests");
            case QUOTA_EXCEEDED -> request.errorObject(429, "quota_exceeded", "Limit Exceeded");
            case OK -> {
                return true;
            }
        }
        return false;
    }

    private void route(SimRequest request) throws IOException {
        String path = request.path();
        Matcher m;
        if (path.equals("/v3/emails")) {
            api.campaigns().list(request);
        } else if (path.equals("/v3/reports/summary_reports/email_campaign_summaries")) {
            api.campaigns().summaries(request);
        } else if ((m = STATS.matcher(path)).matches()) {
            api.stats().handle(request, m.group(1));
        } else if ((m = TRACKING.matcher(path)).matches()) {
            api.tracking().handle(request, m.group(1), m.group(2));
        } else if ((m = ACTIVITY.matcher(path)).matches()) {
            api.campaigns().activity(request, m.group(1));
        } else if ((m = CAMPAIGN.matcher(path)).matches()) {
            api.campaigns().campaign(request, m.group(1));
        } else {
            request.error(404, "not.found", "No such resource.");
        }
    }

    private static HttpExchange exchange(SimRequest request) {
        return request.exchange();
    }
}
