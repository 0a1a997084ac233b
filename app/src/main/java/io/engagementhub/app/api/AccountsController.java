package io.engagementhub.app.api;

import io.engagementhub.app.config.ConfiguredAccounts;
import io.engagementhub.app.sync.SyncRunner;
import io.engagementhub.app.sync.SyncScheduler;
import io.engagementhub.domain.model.RecipientSelector;
import io.engagementhub.domain.model.SyncRun;
import io.engagementhub.domain.port.in.CampaignStatisticsUseCase;
import io.engagementhub.domain.port.in.EraseRecipientCommand;
import io.engagementhub.domain.port.in.EraseRecipientUseCase;
import io.engagementhub.domain.port.in.QuerySyncRunsUseCase;
import io.engagementhub.domain.port.in.SyncRunsQuery;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/** Accounts, their syncs, their campaigns' statistics, and erasure of their recipients. */
@Controller("/api/v1/accounts")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "accounts")
final class AccountsController {

    private final ConfiguredAccounts accounts;
    private final SyncRunner runner;
    private final QuerySyncRunsUseCase queries;
    private final CampaignStatisticsUseCase statistics;
    private final EraseRecipientUseCase erasure;
    private final SyncScheduler schedule;

    AccountsController(
            ConfiguredAccounts accounts,
            SyncRunner runner,
            QuerySyncRunsUseCase queries,
            CampaignStatisticsUseCase statistics,
            EraseRecipientUseCase erasure,
            SyncScheduler schedule) {
        this.accounts = accounts;
        this.runner = runner;
        this.queries = queries;
        this.statistics = statistics;
        this.erasure = erasure;
        this.schedule = schedule;
    }

    /** The configured accounts with their last sync; never a secret. */
    @Get
    @Operation(summary = "List accounts")
    List<AccountView> list() {
        return accounts.all().stream()
                .map(a -> new AccountView(
                        a.name(),
                        a.provider(),
                        queries.recentRuns(SyncRunsQuery.latest(a.name())).stream()
                                .findFirst()
                                .map(SyncRunView::of)
                                .orElse(null),
                        schedule.nextRun(a.name()).orElse(null)))
                .toList();
    }

    /**
     * Starts a sync of the account: 202 with the run, 409 with the running run if one is going on
     * any instance.
     */
    @Post("/{account}/syncs")
    @Operation(summary = "Start a sync")
    HttpResponse<SyncRunView> startSync(String account) {
        Optional<SyncRun> run = runner.start(account);
        if (run.isEmpty()) {
            // Due on the shared schedule, not yet begun by any instance: its runs will show it.
            return HttpResponse.accepted(URI.create("/api/v1/accounts/" + account + "/syncs"));
        }
        return HttpResponse.accepted(URI.create("/api/v1/syncs/" + run.get().id()))
                .body(SyncRunView.of(run.get()));
    }

    /** The account's recent sync runs, newest first. */
    @Get("/{account}/syncs")
    @Operation(summary = "List an account's recent syncs")
    List<SyncRunView> syncs(String account, @Nullable @QueryValue String limit) {
        int max = EventQueryParameters.limit("limit", limit, SyncRunsQuery.DEFAULT_LIMIT, SyncRunsQuery.MAX_LIMIT);
        return queries.recentRuns(new SyncRunsQuery(account, max)).stream()
                .map(SyncRunView::of)
                .toList();
    }

    /** Counts of one campaign: per type, opens and clicks total and unique, per link, per device. */
    @Get("/{account}/campaigns/{campaignId}/stats")
    @Operation(summary = "Campaign statistics")
    CampaignStatsView stats(String account, String campaignId) {
        return CampaignStatsView.of(statistics.statistics(account, PathValues.required("campaignId", campaignId)));
    }

    /** Deletes every stored event of one recipient, given by {@code email} or {@code recipient} id. */
    @Delete("/{account}/recipients")
    @Operation(summary = "Erase a recipient")
    ErasureView erase(String account, @Nullable @QueryValue String email, @Nullable @QueryValue String recipient) {
        boolean byEmail = email != null && !email.isBlank();
        boolean byId = recipient != null && !recipient.isBlank();
        if (byEmail == byId) {
            throw new BadRequestException("email", "give exactly one of 'email' and 'recipient'");
        }
        RecipientSelector who =
                byEmail ? RecipientSelector.byEmail(email) : RecipientSelector.byRecipientId(recipient.trim());
        return new ErasureView(account, erasure.erase(new EraseRecipientCommand(account, who)));
    }
}
