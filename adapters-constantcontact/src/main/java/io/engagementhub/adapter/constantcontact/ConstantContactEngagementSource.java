package io.engagementhub.adapter.constantcontact;

import io.engagementhub.domain.model.CampaignDetails;
import io.engagementhub.domain.model.Checkpoint;
import io.engagementhub.domain.model.Discovery;
import io.engagementhub.domain.model.SourcePage;
import io.engagementhub.domain.model.Stream;
import io.engagementhub.domain.model.SyncTarget;
import io.engagementhub.domain.port.out.CredentialStore;
import io.engagementhub.domain.port.out.EngagementSource;
import io.engagementhub.domain.port.out.SourceObserver;
import java.time.Clock;
import java.util.Objects;

/**
 * The engagement events of one Constant Contact account: one stream per sent campaign activity and
 * event report ({@code activity/<id>/clicks}, ...), fingerprinted by the provider's counts so that
 * unchanged streams cost no request, read newest-first down to a high-water minute. Works without
 * any application context; close it to release its HTTP client.
 */
public final class ConstantContactEngagementSource implements EngagementSource, AutoCloseable {

    private final ConstantContactTransport transport;
    private final ConstantContactDiscovery discovery;
    private final ConstantContactReportReader reader;
    private final ConstantContactTargets targets;

    private ConstantContactEngagementSource(ConstantContactContext context, CredentialStore credentials) {
        this.transport = new ConstantContactTransport(
                context.settings().timings().requestTimeout(), context.limits(), context.clientId());
        var retry = ConstantContactRetry.of(context);
        ConstantContactTokens tokens = new ConstantContactTokens(context, credentials, transport, retry);
        ConstantContactApi api = new ConstantContactApi(context, tokens, transport, retry);
        this.discovery = new ConstantContactDiscovery(context, api);
        this.reader = new ConstantContactReportReader(context, api, discovery);
        this.targets = new ConstantContactTargets(discovery);
    }

    /**
     * A source for one account.
     *
     * @param settings the account and its application
     * @param credentials where the rotating refresh token is kept
     * @param clock the time for token expiry, look-back and quota resets
     * @param observer hears every request, retry, 429 and quota exhaustion
     * @param limits the rate budgets shared by all sources of the same application
     */
    public static ConstantContactEngagementSource create(
            ConstantContactSettings settings,
            CredentialStore credentials,
            Clock clock,
            SourceObserver observer,
            ConstantContactRateLimits limits) {
        ConstantContactContext context = new ConstantContactContext(
                Objects.requireNonNull(settings, "settings"),
                Objects.requireNonNull(clock, "clock"),
                Objects.requireNonNull(observer, "observer"),
                ConstantContactJson.standard(),
                Objects.requireNonNull(limits, "limits"));
        return new ConstantContactEngagementSource(context, Objects.requireNonNull(credentials, "credentials"));
    }

    /** A source without an observer, on the process-wide {@link ConstantContactRateLimits#shared()}. */
    public static ConstantContactEngagementSource create(
            ConstantContactSettings settings, CredentialStore credentials, Clock clock) {
        return create(settings, credentials, clock, SourceObserver.NONE, ConstantContactRateLimits.shared());
    }

    @Override
    public Discovery discover() {
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

    @Override
    public void check(SyncTarget target) {
        targets.check(target);
    }

    @Override
    public Discovery discover(SyncTarget target) {
        return targets.discover(target);
    }

    @Override
    public void close() {
        transport.close();
    }
}
