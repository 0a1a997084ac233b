package io.engagementhub.app.api;

import io.engagementhub.app.config.ConfiguredAccounts;
import io.engagementhub.app.sync.SyncRunner;
import io.engagementhub.domain.model.RecipientSelector;
import io.engagementhub.domain.model.SyncRun;
import io.engagementhub.domain.port.in.CampaignStatisticsUseCase;
import io.engagementhub.domain.port.in.EraseRecipientUseCase;
import io.engagementhub.domain.port.in.QueryEventsUseCase;
import io.engagementhub.domain.port.in.UnknownAccountException;
import io.engagementhub.domain.service.EngagementQueryService;
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
    private final QueryEventsUseCase queries;
    private final CampaignStatisticsUseCase statistics;
    private final EraseRecipientUseCase erasure;

    AccountsController(
            ConfiguredAccounts accounts,
            SyncRunner runner,
            QueryEventsUseCase queries,
            CampaignStatisticsUseCase statistics,
            EraseRecipientUseCase erasure) {
        this.accounts = accounts;
        this.runner = runner;
        this.queries = queries;
        this.statistics = statistics;
        this.erasure = erasure;
    }

    /** The configured accounts with their last sync; never a secret. */
    @Get
    @Operation(summary = "List accounts")
    List<AccountView> list() {
        return accounts.all().stream()
                .map(a -> new AccountView(
                        a.name(),
                        a.provider(),
                        queries.recentRuns(a.name(), 1).stream()
                                .findFirst()
                                .map(SyncRunView::of)
                                .orElse(null)))
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
        int max = EventQueryParameters.limit("limit", limit, 20, EngagementQueryService.MAX_RUNS);
        return queries.recentRuns(account, max).stream().map(SyncRunView::of).toList();
    }

    /**
     * Counts of one campaign: per type, opens and clicks total and unique (all and human), per link,
     * per device, machine events per reason, human opens and clicks per operating system and email
     * client, and rates.
     *
     * @param include {@code machine}: compute the rates on every open and click instead of human ones
     */
    @Get("/{account}/campaigns/{campaignId}/stats")
    @Operation(summary = "Campaign statistics")
    CampaignStatsView stats(String account, String campaignId, @Nullable @QueryValue String include) {
        boolean includeMachine = MachineParameters.includeMachine(include);
        return CampaignStatsView.of(
                statistics.statistics(account, PathValues.required("campaignId", campaignId)), includeMachine);
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
        if (accounts.find(account).isEmpty()) {
            throw new UnknownAccountException(account);
        }
        RecipientSelector who =
                byEmail ? RecipientSelector.byEmail(email) : RecipientSelector.byRecipientId(recipient.trim());
        return new ErasureView(account, erasure.erase(account, who));
    }
}
