package io.engagementhub.app.ops;

import io.engagementhub.app.config.ConfiguredAccounts;
import io.engagementhub.domain.model.SyncFigures;
import io.engagementhub.domain.model.SyncRun;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes one log line per finished sync run with its figures, and records it in the metrics (the
 * account's missing events, which the run may have checked or repaired, included).
 */
@Singleton
public record SyncRunReporter(MeterRegistry metrics, ConfiguredAccounts accounts, ReconciliationGauges missing) {

    private static final Logger LOG = LoggerFactory.getLogger(SyncRunReporter.class);

    public void finished(SyncRun run) {
        SyncFigures f = run.figures();
        Duration took = run.took();
        String provider = accounts.providerOf(run.account());
        LOG.info(
                "sync {} account={} provider={} status={} took={}ms requests={} read={} stored={} rejected={}"
                        + " streams(done={}, unchanged={}, failed={}){}",
                run.id(),
                run.account(),
                provider,
                run.status(),
                took.toMillis(),
                f.requests(),
                f.eventsRead(),
                f.eventsStored(),
                f.eventsRejected(),
                f.streamsDone(),
                f.streamsUnchanged(),
                f.streamsFailed(),
                run.message() == null ? "" : " message=" + run.message());
        run.failures()
                .forEach(failure -> LOG.warn(
                        "sync {} account={} stream {} failed: {}",
                        run.id(),
                        run.account(),
                        failure.streamKey(),
                        failure.reason()));
        Timer.builder("engagement.sync.duration")
                .description("How long sync runs take")
                .tags(
                        "account",
                        run.account(),
                        "provider",
                        provider,
                        "status",
                        run.status().name())
                .register(metrics)
                .record(took);
        metrics.counter("engagement.events.stored", "account", run.account(), "provider", provider)
                .increment(f.eventsStored());
        metrics.counter("engagement.events.read", "account", run.account(), "provider", provider)
                .increment(f.eventsRead());
        metrics.counter("engagement.events.rejected", "account", run.account(), "provider", provider)
                .increment(f.eventsRejected());
        missing.refresh(List.of(run.account()));
    }
}
