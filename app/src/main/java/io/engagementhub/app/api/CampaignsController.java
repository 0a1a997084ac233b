package io.engagementhub.app.api;

import io.engagementhub.domain.model.CampaignCursor;
import io.engagementhub.domain.model.CampaignPage;
import io.engagementhub.domain.model.CampaignQuery;
import io.engagementhub.domain.model.TimeBucket;
import io.engagementhub.domain.port.in.CampaignReportUseCase;
import io.engagementhub.domain.port.in.CampaignTimelineUseCase;
import io.engagementhub.domain.port.in.QueryCampaignsUseCase;
import io.engagementhub.domain.port.in.ReconciliationUseCase;
import io.engagementhub.domain.port.in.TimelineRequest;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
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

/**
 * An account's campaigns: the listing with headline figures, and one campaign's statistics,
 * timeline and check against the provider's totals.
 */
@Controller("/api/v1/accounts/{account}/campaigns")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "campaigns")
record CampaignsController(
        QueryCampaignsUseCase campaigns,
        CampaignReportUseCase reports,
        ReconciliationUseCase checks,
        CampaignTimelineUseCase timelines) {

    /**
     * The account's campaigns, newest sent first (those without a send time after the dated ones),
     * keyset-paged, each with its name, subject, send time and recipients where the provider gives
     * them, and its headline figures from the maintained statistics. Campaigns that have events but
     * no details yet are listed with their id only.
     *
     * @param limit page size, 1 to 500, default 50
     * @param cursor the previous page's {@code next}
     */
    @Get
    @Operation(summary = "List an account's campaigns")
    CampaignsPageView list(String account, @Nullable @QueryValue String limit, @Nullable @QueryValue String cursor) {
        CampaignQuery query = new CampaignQuery(
                account,
                EventQueryParameters.limit("limit", limit, CampaignQuery.DEFAULT_LIMIT, CampaignQuery.MAX_LIMIT),
                cursor == null || cursor.isBlank() ? null : cursor(cursor));
        CampaignPage page = campaigns.campaigns(query);
        return new CampaignsPageView(
                reports.lines(account, page.items()).stream()
                        .map(CampaignView::of)
                        .toList(),
                page.next() == null ? null : page.next().encode());
    }

    /**
     * Counts of one campaign: per type, opens and clicks total and unique (all and human), per link,
     * per device, machine events per reason, human opens and clicks per operating system and email
     * client, and rates; with the campaign's name, subject and send time where stored.
     *
     * @param include {@code machine}: compute the rates on every open and click instead of human ones
     */
    @Get("/{campaignId}/stats")
    @Operation(summary = "Campaign statistics")
    CampaignStatsView stats(String account, String campaignId, @Nullable @QueryValue String include) {
        boolean includeMachine = MachineParameters.includeMachine(include);
        String id = PathValues.required("campaignId", campaignId);
        return CampaignStatsView.of(reports.report(account, id, includeMachine));
    }

    /**
     * The last check of the campaign's stored events against the provider's own totals: per type
     * the provider's figure, ours and the difference, and the campaign's status. Campaigns are
     * checked during syncs when their events change or their last check was not complete; one still
     * behind after the grace period is re-read (a run whose target says {@code repair}).
     */
    @Get("/{campaignId}/reconciliation")
    @Operation(summary = "Campaign completeness against the provider's totals")
    HttpResponse<?> reconciliation(String account, String campaignId) {
        String id = PathValues.required("campaignId", campaignId);
        return checks.reconciliation(account, id)
                .<HttpResponse<?>>map(check -> HttpResponse.ok(ReconciliationView.of(check)))
                .orElseGet(() -> Problems.of(
                        HttpStatus.NOT_FOUND,
                        "campaign '" + id + "' of account '" + account
                                + "' has not been checked against the provider's totals yet"));
    }

    /**
     * Every bucket from {@code from} to {@code to} (empty ones too), each with the count of every
     * event type split into human and machine events. Buckets start on whole UTC hours or days.
     */
    @Get("/{campaignId}/timeline")
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

    private static CampaignCursor cursor(String value) {
        try {
            return CampaignCursor.decode(value.trim());
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("cursor", e.getMessage());
        }
    }
}
