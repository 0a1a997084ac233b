package io.engagementhub.adapter.copernica;

import io.engagementhub.adapter.http.ProviderHttp;
import io.engagementhub.domain.model.CampaignDetails;
import io.engagementhub.domain.model.Checkpoint;
import io.engagementhub.domain.model.Discovery;
import io.engagementhub.domain.model.ProviderTotalsRead;
import io.engagementhub.domain.model.ProviderUsage;
import io.engagementhub.domain.model.ReportDefinition;
import io.engagementhub.domain.model.SourcePage;
import io.engagementhub.domain.model.Stream;
import io.engagementhub.domain.port.out.EngagementSource;
import io.engagementhub.domain.port.out.EngagementSourceException;
import io.engagementhub.domain.port.out.SourceObserver;
import io.engagementhub.domain.port.out.TargetedRead;
import io.micronaut.http.client.HttpClient;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The engagement events of one Copernica account: one stream per enabled product and event type
 * ({@code ms/clicks} ... {@code publisher/abuses}), read incrementally. Publisher deliveries and
 * impressions go by {@code id>N}; every other list by overlapping closed time windows. Campaign
 * details come from the emailing lists ({@link CopernicaEmailings}); a targeted re-read narrows by
 * time window and emailing ({@link CopernicaTargets}); the provider's totals come from each
 * emailing's statistics ({@link CopernicaStatistics}). Build it with {@link #create}.
 */
public final class CopernicaEngagementSource implements EngagementSource, AutoCloseable {

    private final CopernicaSettings settings;
    private final WindowReader windows;
    private final IdCursorReader ids;
    private final CopernicaEmailings emailings;
    private final CopernicaTargets targets;
    private final CopernicaStatistics statistics;
    private final ProviderHttp http;
    private final CopernicaConsumption consumption;

    private CopernicaEngagementSource(
            CopernicaSettings settings, Clock clock, SourceObserver observer, ProviderHttp http) {
        this.settings = settings;
        this.http = http;
        CopernicaTransport transport = new CopernicaTransport(settings, observer, http, clock);
        StreamReading reading = new StreamReading(
                transport,
                new CopernicaRecordDecoder(settings),
                new CopernicaTime(settings.zone()),
                clock,
                settings.reading());
        this.windows = new WindowReader(reading);
        this.ids = new IdCursorReader(reading);
        this.emailings = new CopernicaEmailings(settings.account(), reading);
        this.targets = new CopernicaTargets(reading);
        this.statistics = new CopernicaStatistics(settings, transport, emailings);
        this.consumption = settings.endpoints().version() == 4 ? new CopernicaConsumption(settings, reading) : null;
    }

    /** The name of the logger the client's own wire logging goes to; keep it at INFO (it shows v2 tokens at DEBUG). */
    public static final String WIRE_LOGGER = "io.engagementhub.adapter.copernica.wire";

    /**
     * A source for the account in {@code settings} on an HTTP client of its own (the request timeout
     * of its reading, wire logging to {@link #WIRE_LOGGER}), reporting its requests to {@code
     * observer}; {@link #close()} closes the client.
     */
    public static CopernicaEngagementSource create(CopernicaSettings settings, Clock clock, SourceObserver observer) {
        Objects.requireNonNull(settings, "settings");
        return create(
                settings,
                clock,
                observer,
                ProviderHttp.ownClient(settings.reading().retry().requestTimeout(), WIRE_LOGGER));
    }

    /**
     * A source on {@code client}, e.g. the service's {@code copernica} client, which brings its
     * timeouts, proxy, TLS and request metrics from {@code micronaut.http.services.copernica}; the
     * caller closes it.
     */
    public static CopernicaEngagementSource create(
            CopernicaSettings settings, Clock clock, SourceObserver observer, HttpClient client) {
        return create(settings, clock, observer, ProviderHttp.sharedClient(Objects.requireNonNull(client, "client")));
    }

    private static CopernicaEngagementSource create(
            CopernicaSettings settings, Clock clock, SourceObserver observer, ProviderHttp http) {
        return new CopernicaEngagementSource(
                Objects.requireNonNull(settings, "settings"),
                Objects.requireNonNull(clock, "clock"),
                Objects.requireNonNull(observer, "observer"),
                http);
    }

    /** A source that reports to no observer. */
    public static CopernicaEngagementSource create(CopernicaSettings settings, Clock clock) {
        return create(settings, clock, SourceObserver.NONE);
    }

    /** The account's streams; they follow from its settings, so discovery costs no request. */
    @Override
    public Discovery discover() {
        List<Stream> streams = new ArrayList<>();
        for (CopernicaProduct product : CopernicaProduct.values()) {
            if (settings.reading().products().contains(product)) {
                for (CopernicaEventType type : CopernicaEventType.values()) {
                    streams.add(new CopernicaStream(product, type).toStream());
                }
            }
        }
        return new Discovery(streams, 0);
    }

    /**
     * The details of the emailings sent since the previous call (one request per product, more for
     * over a thousand emailings); on REST v4 also this month's API consumption, once a day (one
     * more request).
     */
    @Override
    public CampaignDetails campaigns() {
        CampaignDetails details = emailings.sinceLastRead();
        int asked = consumption == null ? 0 : consumption.refreshIfDue();
        return asked == 0 ? details : new CampaignDetails(details.campaigns(), details.requests() + asked);
    }

    /**
     * Each emailing's statistics, one request per emailing (one more for an emailing the emailing
     * lists did not name, when the first product does not know it): docs/providers/copernica.md#campaign-figures.
     */
    @Override
    public ProviderTotalsRead totals(Set<String> campaignIds) {
        return statistics.read(campaignIds);
    }

    /** Sent is the emailing's destinations; delivered its deliveries, which Publisher does not give. */
    @Override
    public ReportDefinition reports() {
        return ReportDefinition.DESTINATIONS_AND_DELIVERIES;
    }

    @Override
    public TargetedRead targeted() {
        return targets;
    }

    @Override
    public SourcePage read(Stream stream, Checkpoint from) {
        CopernicaStream copernica = stream(stream.key());
        return copernica.readsByIdCursor()
                ? ids.read(copernica, from.position())
                : windows.read(copernica, from.position());
    }

    private CopernicaStream stream(String key) {
        try {
            CopernicaStream stream = CopernicaStream.fromKey(key);
            if (settings.reading().products().contains(stream.product())) {
                return stream;
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw new EngagementSourceException(
                "Copernica account '" + settings.account() + "' has no stream '" + key + "'");
    }

    /**
     * On REST v4, the API calls Copernica counts this month, as read at the end of a sync at most
     * once a day (no request here); v2 offers no count.
     */
    @Override
    public Optional<ProviderUsage> usage() {
        return consumption == null ? Optional.empty() : consumption.last();
    }

    /** Closes the HTTP client if the source created it; a client it was given stays open. */
    @Override
    public void close() {
        http.close();
    }
}
