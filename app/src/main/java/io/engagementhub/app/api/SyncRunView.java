package io.engagementhub.app.api;

import io.engagementhub.domain.model.SyncFigures;
import io.engagementhub.domain.model.SyncRun;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;

/** A sync run as the API shows it; {@code target} is set for a targeted re-read. */
@Serdeable
public record SyncRunView(
        String id,
        String account,
        String status,
        Instant startedAt,
        @Nullable Instant finishedAt,
        long requests,
        long eventsRead,
        long eventsStored,
        long eventsRejected,
        long eventsSuppressed,
        StreamsView streams,
        List<FailureView> failures,
        @Nullable String message,
        @Nullable String instance,
        @Nullable TargetView target) {

    @Serdeable
    public record StreamsView(int done, int unchanged, int failed) {}

    /**
     * What a targeted re-read covered; null parts were not given. {@code repair} is true for a
     * re-read the service started itself because the campaign stayed behind the provider's totals.
     */
    @Serdeable
    public record TargetView(@Nullable Instant from, @Nullable Instant to, @Nullable String campaign, boolean repair) {}

    @Serdeable
    public record FailureView(String stream, String reason) {}

    static SyncRunView of(SyncRun run) {
        SyncFigures f = run.figures();
        return new SyncRunView(
                run.id().value(),
                run.account(),
                run.status().name(),
                run.startedAt(),
                run.finishedAt(),
                f.requests(),
                f.eventsRead(),
                f.eventsStored(),
                f.eventsRejected(),
                f.eventsSuppressed(),
                new StreamsView(f.streamsDone(), f.streamsUnchanged(), f.streamsFailed()),
                run.failures().stream()
                        .map(x -> new FailureView(x.streamKey(), x.reason()))
                        .toList(),
                run.message(),
                run.instance(),
                run.target() == null
                        ? null
                        : new TargetView(
                                run.target().from(),
                                run.target().to(),
                                run.target().campaignId(),
                                run.target().repair()));
    }
}
