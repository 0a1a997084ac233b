package io.engagementhub.app.api;

import io.engagementhub.domain.model.TimeBucket;
import io.engagementhub.domain.port.in.CampaignTimelineUseCase;
import io.engagementhub.domain.port.in.TimelineRequest;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.Locale;

/** A campaign's events over time, for charts: per hour or day, per type, human and machine. */
@Controller("/api/v1/accounts/{account}/campaigns/{campaignId}/timeline")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "accounts")
final class TimelineController {

    private final CampaignTimelineUseCase timelines;

    TimelineController(CampaignTimelineUseCase timelines) {
        this.timelines = timelines;
    }

    /**
     * Every bucket from {@code from} to {@code to} (empty ones too), each with the count of every
     * event type split into human and machine events. Buckets start on whole UTC hours or days.
     */
    @Get
    @Operation(
            summary = "Campaign timeline",
            description = "Counts per bucket and type, human and machine. Without 'from' the timeline starts at"
                    + " the bucket of the campaign's first event; without 'to' it runs 48 hours (bucket=hour)"
                    + " or through the day of the last event (bucket=day). 'from' and 'to' are widened to whole"
                    + " buckets; at most " + CampaignTimelineUseCase.MAX_BUCKETS + " buckets.")
    TimelineView timeline(
            String account,
            String campaignId,
            @Parameter(description = "hour (default) or day") @Nullable @QueryValue String bucket,
            @Parameter(description = "ISO-8601 date-time with offset") @Nullable @QueryValue String from,
            @Parameter(description = "ISO-8601 date-time with offset, exclusive") @Nullable @QueryValue String to) {
        Instant start = EventQueryParameters.instant("from", from);
        Instant end = EventQueryParameters.instant("to", to);
        return TimelineView.of(timelines.timeline(new TimelineRequest(
                account, PathValues.required("campaignId", campaignId), bucket(bucket), start, end)));
    }

    private static TimeBucket bucket(String value) {
        if (value == null || value.isBlank()) {
            return TimeBucket.HOUR;
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "hour" -> TimeBucket.HOUR;
            case "day" -> TimeBucket.DAY;
            default -> throw new BadRequestException("bucket", "'" + value + "' is neither 'hour' nor 'day'");
        };
    }
}
