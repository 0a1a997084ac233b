package io.engagementhub.adapter.copernica;

import io.engagementhub.domain.model.CampaignDetails;
import io.engagementhub.domain.model.Checkpoint;
import io.engagementhub.domain.model.Discovery;
import io.engagementhub.domain.model.SourcePage;
import io.engagementhub.domain.model.Stream;
import io.engagementhub.domain.model.SyncTarget;
import io.engagementhub.domain.port.out.EngagementSource;
import io.engagementhub.domain.port.out.EngagementSourceException;
import io.engagementhub.domain.port.out.SourceObserver;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The engagement events of one Copernica account: one stream per enabled product and event type
 * ({@code ms/clicks} ... {@code publisher/abuses}), read incrementally. Publisher deliveries and
 * impressions go by {@code id>N}; every other list by overlapping closed time windows. Campaign
 * details come from the emailing lists ({@link CopernicaEmailings}); a targeted re-read narrows by
 * time window and emailing ({@link CopernicaTargets}). Build it with {@link #create}.
 */
public final class CopernicaEngagementSource implements EngagementSource, AutoCloseable {

    private final CopernicaSettings settings;
    private final WindowReader windows;
    private final IdCursorReader ids;
    private final CopernicaEmailings emailings;
    private final CopernicaTargets targets;

    private CopernicaEngagementSource(CopernicaSettings settings, Clock clock, SourceObserver observer) {
        this.settings = settings;
        SecretMask mask = new SecretMask(settings.accessToken());
        CopernicaTransport transport =
                new CopernicaTransport(settings, observer, new CopernicaResponses(settings.account(), mask), clock);
        CopernicaRecordDecoder decoder = new CopernicaRecordDecoder(
                settings.account(), mask, new CopernicaEventMapper(settings.account(), settings.zone()));
        StreamReading reading =
                new StreamReading(transport, decoder, new CopernicaTime(settings.zone()), clock, settings.options());
        this.windows = new WindowReader(reading);
        this.ids = new IdCursorReader(reading);
        this.emailings = new CopernicaEmailings(settings.account(), reading);
        this.targets = new CopernicaTargets(reading);
    }

    /** A source for the account in {@code settings}, reporting its requests to {@code observer}. */
    public static CopernicaEngagementSource create(CopernicaSettings settings, Clock clock, SourceObserver observer) {
        return new CopernicaEngagementSource(
                Objects.requireNonNull(settings, "settings"),
                Objects.requireNonNull(clock, "clock"),
                Objects.requireNonNull(observer, "observer"));
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
            if (settings.options().products().contains(product)) {
                for (CopernicaEventType type : CopernicaEventType.values()) {
                    streams.add(new CopernicaStream(product, type).toStream());
                }
            }
        }
        return new Discovery(streams, 0);
    }

    /**
     * The details of the emailings sent since the previous call (one request per product, more for
     * over a thousand emailings).
     */
    @Override
    public CampaignDetails campaigns() {
        return emailings.sinceLastRead();
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
    public SourcePage read(Stream stream, Checkpoint from) {
        CopernicaStream copernica = stream(stream.key());
        return copernica.readsByIdCursor()
                ? ids.read(copernica, from.position())
                : windows.read(copernica, from.position());
    }

    private CopernicaStream stream(String key) {
        try {
            CopernicaStream stream = CopernicaStream.fromKey(key);
            if (settings.options().products().contains(stream.product())) {
                return stream;
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw new EngagementSourceException(
                "Copernica account '" + settings.account() + "' has no stream '" + key + "'");
    }

    /** Nothing to release: the JDK HTTP client frees its connections when it is no longer used. */
    @Override
    public void close() {
        // kept so that sources can be closed alike whatever their transport
    }
}
