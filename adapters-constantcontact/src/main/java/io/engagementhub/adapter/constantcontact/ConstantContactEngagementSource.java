package io.engagementhub.adapter.constantcontact;

import io.engagementhub.adapter.http.ProviderHttp;
import io.engagementhub.domain.model.CampaignDetails;
import io.engagementhub.domain.model.Checkpoint;
import io.engagementhub.domain.model.Discovery;
import io.engagementhub.domain.model.ProviderTotalsRead;
import io.engagementhub.domain.model.ReportDefinition;
import io.engagementhub.domain.model.SourcePage;
import io.engagementhub.domain.model.Stream;
import io.engagementhub.domain.port.out.CredentialStore;
import io.engagementhub.domain.port.out.EngagementSource;
import io.engagementhub.domain.port.out.SourceObserver;
import io.engagementhub.domain.port.out.SourceStateStore;
import io.engagementhub.domain.port.out.TargetedRead;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.client.HttpClient;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The engagement events of one Constant Contact account: one stream per sent campaign activity and
 * event report ({@code activity/<id>/clicks}, ...), fingerprinted by the provider's counts so that
 * unchanged streams cost no request, read newest-first down to a high-water minute. Works without
 * any application context.
 */
public final class ConstantContactEngagementSource implements EngagementSource, AutoCloseable {

    private final ConstantContactDiscovery discovery;
    private final ConstantContactReportReader reader;
    private final ConstantContactTargets targets;
    private final ConstantContactTotals totals;

    /** Keeps nothing: what discovery learns lives as long as the source. */
    private static final SourceStateStore NOT_KEPT = new SourceStateStore() {
        @Override
        public Optional<String> load(String account, String key) {
            return Optional.empty();
        }

        @Override
        public void save(String account, String key, String value) {
            // nothing kept
        }
    };

    /** The name of the logger the client's own wire logging goes to; keep it at INFO (TRACE shows tokens). */
    public static final String WIRE_LOGGER = "io.engagementhub.adapter.constantcontact.wire";

    private final ConstantContactHttp http;

    private ConstantContactEngagementSource(
            ConstantContactContext context, CredentialStore credentials, SourceStateStore state, ProviderHttp client) {
        Objects.requireNonNull(credentials, "credentials");
        Objects.requireNonNull(state, "state");
        this.http = new ConstantContactHttp(client);
        ConstantContactTransport transport = new ConstantContactTransport(context, credentials, http);
        this.discovery = new ConstantContactDiscovery(context, transport, state);
        this.reader = new ConstantContactReportReader(context, transport, discovery);
        this.targets = new ConstantContactTargets(discovery);
        this.totals = new ConstantContactTotals(context, transport, discovery);
    }

    /**
     * A source for one account that keeps what its discovery learns in {@code state}, so that a
     * restarted source does not open every campaign again.
     *
     * @param settings the account and its application
     * @param credentials where the rotating refresh token is kept
     * @param state where the campaigns and their activities are kept across restarts
     * @param clock the time for token expiry, look-back and quota resets
     * @param observer hears every request, retry, 429 and quota exhaustion
     * @param budgets the request budgets shared by all sources of the same application
     * @param client the HTTP client, e.g. the service's {@code constantcontact} client, which brings
     *     its timeouts, proxy, TLS and request metrics from {@code
     *     micronaut.http.services.constantcontact}, and which the caller closes; or null for a client
     *     of the source's own (the request timeout of its read settings, wire logging to {@link
     *     #WIRE_LOGGER}), closed by {@link #close()}
     */
    public static ConstantContactEngagementSource create(
            ConstantContactSettings settings,
            CredentialStore credentials,
            SourceStateStore state,
            Clock clock,
            SourceObserver observer,
            ConstantContactBudgets budgets,
            @Nullable HttpClient client) {
        ConstantContactContext context = new ConstantContactContext(
                Objects.requireNonNull(settings, "settings"),
                Objects.requireNonNull(clock, "clock"),
                Objects.requireNonNull(observer, "observer"),
                ConstantContactJson.standard(),
                Objects.requireNonNull(budgets, "budgets"));
        return new ConstantContactEngagementSource(
                context,
                credentials,
                state,
                client == null
                        ? ProviderHttp.ownClient(settings.reading().requestTimeout(), WIRE_LOGGER)
                        : ProviderHttp.sharedClient(client));
    }

    /**
     * A source for one account whose discovery keeps what it learns in memory only: after a restart
     * it opens every campaign of the look-back again.
     */
    public static ConstantContactEngagementSource create(
            ConstantContactSettings settings,
            CredentialStore credentials,
            Clock clock,
            SourceObserver observer,
            ConstantContactBudgets budgets) {
        return create(settings, credentials, NOT_KEPT, clock, observer, budgets, null);
    }

    /** A source without an observer, on the process-wide {@link ConstantContactBudgets#shared()}. */
    public static ConstantContactEngagementSource create(
            ConstantContactSettings settings, CredentialStore credentials, Clock clock) {
        return create(settings, credentials, clock, SourceObserver.NONE, ConstantContactBudgets.shared());
    }

    @Override
    public Discovery discover() {
        // a new sync: scans cut off in an earlier one start again at the newest page
        reader.forgetScans();
        return discovery.discover();
    }

    @Override
    public SourcePage read(Stream stream, Checkpoint from) {
        return reader.read(stream, from);
    }

    /** The details that discovery's requests gave since the previous call; no request of its own. */
    @Override
    public CampaignDetails campaigns() {
        return discovery.campaigns();
    }

    /**
     * The activity stats of {@code campaignIds} (activity ids): those this sync's discovery read at
     * no request, the others 10 a request (docs/providers/constantcontact.md#campaign-figures).
     */
    @Override
    public ProviderTotalsRead totals(Set<String> campaignIds) {
        return totals.read(campaignIds);
    }

    /** Delivered is sends less bounces, an auto-reply counting as delivered. */
    @Override
    public ReportDefinition reports() {
        return ReportDefinition.SENDS_LESS_BOUNCES;
    }

    @Override
    public TargetedRead targeted() {
        return targets;
    }

    /** Closes the HTTP client if the source created it; a client it was given stays open. */
    @Override
    public void close() {
        http.close();
    }
}
