package io.engagementhub.app.ops;

import io.engagementhub.domain.port.out.SourceObserver;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts what the source adapters do on the wire: requests by status, retries by reason, 429s,
 * and each account's quota state (a gauge: epoch second the quota resets, 0 while available).
 */
@Singleton
public class MicrometerSourceObserver implements SourceObserver {

    private final MeterRegistry metrics;
    private final Map<String, AtomicLong> quotaResets = new ConcurrentHashMap<>();

    public MicrometerSourceObserver(MeterRegistry metrics) {
        this.metrics = metrics;
    }

    @Override
    public void requestCompleted(String provider, String account, String endpoint, int status) {
        metrics.counter(
                        "engagement.provider.requests",
                        "provider",
                        provider,
                        "account",
                        account,
                        "status",
                        Integer.toString(status))
                .increment();
        if (status >= 200 && status < 300) {
            quotaGauge(provider, account).set(0);
        }
    }

    @Override
    public void retrying(String provider, String account, String reason) {
        metrics.counter("engagement.provider.retries", "provider", provider, "account", account, "reason", reason)
                .increment();
    }

    @Override
    public void throttled(String provider, String account) {
        metrics.counter("engagement.provider.throttled", "provider", provider, "account", account)
                .increment();
    }

    @Override
    public void quotaExhausted(String provider, String account, Instant resetsAt) {
        quotaGauge(provider, account).set(resetsAt.getEpochSecond());
    }

    private AtomicLong quotaGauge(String provider, String account) {
        return quotaResets.computeIfAbsent(
                provider + "/" + account,
                key -> metrics.gauge(
                        "engagement.provider.quota.resets.at",
                        List.of(Tag.of("provider", provider), Tag.of("account", account)),
                        new AtomicLong()));
    }
}
