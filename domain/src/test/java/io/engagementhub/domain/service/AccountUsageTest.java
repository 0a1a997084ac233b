package io.engagementhub.domain.service;

import static io.engagementhub.domain.testing.EngagementEvents.ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.engagementhub.domain.model.AccountUsage;
import io.engagementhub.domain.model.Checkpoint;
import io.engagementhub.domain.model.Discovery;
import io.engagementhub.domain.model.ProviderUsage;
import io.engagementhub.domain.model.SourcePage;
import io.engagementhub.domain.model.Stream;
import io.engagementhub.domain.model.SyncRun;
import io.engagementhub.domain.port.in.StopSignal;
import io.engagementhub.domain.port.in.UnknownAccountException;
import io.engagementhub.domain.port.out.EngagementSource;
import io.engagementhub.domain.port.out.EngagementSources;
import io.engagementhub.domain.testing.InMemoryEventStore;
import io.engagementhub.domain.testing.InMemorySuppressionList;
import io.engagementhub.domain.testing.InMemorySyncRunStore;
import io.engagementhub.domain.testing.MutableClock;
import io.engagementhub.domain.testing.StubEngagementSource;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What syncing an account costs: its runs' requests per 1,000 stored events, and the provider's own count. */
class AccountUsageTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-01T12:00:00Z"));
    private final SyncStores stores =
            new SyncStores(new InMemoryEventStore(), new InMemorySyncRunStore(), new InMemorySuppressionList());

    @Test
    void theRunsRequestsAndStoredEventsAddUpWithTheProvidersCountBeside() {
        ProviderUsage month =
                new ProviderUsage(1234, LocalDate.parse("2026-11-01"), LocalDate.parse("2026-11-01"), clock.instant());
        EngagementSource source = new CountingSource(month);
        EngagementSources sources = EngagementSources.of(Map.of(ACCOUNT, source));
        SyncService engine = new SyncService(sources, stores, clock, SyncSettings.DEFAULTS);
        EngagementQueryService queries = new EngagementQueryService(sources, stores);
        SyncRun first = engine.sync(ACCOUNT, StopSignal.NEVER);
        SyncRun second = engine.sync(ACCOUNT, StopSignal.NEVER);

        AccountUsage usage = queries.usage(ACCOUNT);

        assertThat(usage.runs()).isEqualTo(2);
        assertThat(usage.requests())
                .isEqualTo(first.figures().requests() + second.figures().requests())
                .isPositive();
        assertThat(usage.eventsStored()).isEqualTo(62);
        assertThat(usage.requestsPerThousandEvents()).isEqualTo(usage.requests() * 1000.0 / 62);
        assertThat(usage.provider()).isEqualTo(month);
        assertThatThrownBy(() -> queries.usage("nobody")).isInstanceOf(UnknownAccountException.class);
    }

    @Test
    void withNothingStoredThereIsNoRatio() {
        EngagementSources sources = EngagementSources.of(Map.of(ACCOUNT, new StubEngagementSource(10)));

        AccountUsage usage = new EngagementQueryService(sources, stores).usage(ACCOUNT);

        assertThat(usage.runs()).isZero();
        assertThat(usage.requestsPerThousandEvents()).isNull();
        assertThat(usage.provider()).isNull();
    }

    /** The three streams of {@link SyncServiceTest#threeStreams()}, from a provider that counts its calls. */
    private record CountingSource(StubEngagementSource streams, ProviderUsage counted) implements EngagementSource {

        CountingSource(ProviderUsage counted) {
            this(SyncServiceTest.threeStreams(), counted);
        }

        @Override
        public Discovery discover() {
            return streams.discover();
        }

        @Override
        public SourcePage read(Stream stream, Checkpoint from) {
            return streams.read(stream, from);
        }

        @Override
        public Optional<ProviderUsage> usage() {
            return Optional.of(counted);
        }
    }
}
