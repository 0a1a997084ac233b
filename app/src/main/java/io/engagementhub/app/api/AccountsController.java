package io.engagementhub.app.api;

import io.engagementhub.app.config.ConfiguredAccounts;
import io.engagementhub.app.sync.SyncSchedule;
import io.engagementhub.domain.model.ProviderText;
import io.engagementhub.domain.model.RecipientSelector;
import io.engagementhub.domain.model.SyncRun;
import io.engagementhub.domain.port.in.EraseRecipientCommand;
import io.engagementhub.domain.port.in.EraseRecipientUseCase;
import io.engagementhub.domain.port.in.QuerySyncRunsUseCase;
import io.engagementhub.domain.port.in.SyncRunsQuery;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.ObjectMapper;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/** Accounts, their syncs (regular and targeted) and the erasure of their recipients. */
@Controller("/api/v1/accounts")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "accounts")
record AccountsController(
        ConfiguredAccounts accounts,
        SyncSchedule schedule,
        QuerySyncRunsUseCase queries,
        EraseRecipientUseCase erasure,
        ObjectMapper json) {

    /**
     * The configured accounts with their last sync and what syncing them costs (for a Copernica v4
     * account with Copernica's own count of this month's API calls, asked at most once a day);
     * never a secret.
     */
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
                        schedule.nextRun(a.name()).orElse(null),
                        UsageView.of(queries.usage(a.name()))))
                .toList();
    }

    /**
     * Starts a sync of the account: 202 with the run, 409 with the running run if one is going on
     * any instance. Without a body (or with {@code {}}) a regular sync; with {@code from}, {@code to}
     * and/or {@code campaign} a targeted re-read of only that range and/or campaign, which stores
     * nothing twice and moves no checkpoint. A bad body is a 400 naming the field.
     */
    @Post(uri = "/{account}/syncs", consumes = MediaType.APPLICATION_JSON)
    @Operation(summary = "Start a sync, or re-read a time range or campaign")
    @RequestBody(required = false, content = @Content(schema = @Schema(implementation = SyncRequestBody.class)))
    HttpResponse<SyncRunView> startSync(String account, @Nullable @Body String body) {
        Optional<SyncRun> run = schedule.syncNow(SyncRequestBody.command(account, body, json));
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

    /** Deletes every stored event of one recipient, given by {@code email} or {@code recipient} id. */
    @Delete("/{account}/recipients")
    @Operation(summary = "Erase a recipient")
    ErasureView erase(String account, @Nullable @QueryValue String email, @Nullable @QueryValue String recipient) {
        boolean byEmail = email != null && !email.isBlank();
        boolean byId = recipient != null && !recipient.isBlank();
        if (byEmail == byId) {
            throw new BadRequestException("email", "give exactly one of 'email' and 'recipient'");
        }
        if (byEmail && !ProviderText.fits(email, ProviderText.EMAIL_BYTES)) {
            throw new BadRequestException("email", "is longer than " + ProviderText.EMAIL_BYTES + " bytes");
        }
        if (byId && !ProviderText.fits(recipient, ProviderText.ID_BYTES)) {
            throw new BadRequestException(
                    "recipient", "is longer than " + ProviderText.ID_BYTES + " bytes: no provider issues such an id");
        }
        RecipientSelector who =
                byEmail ? RecipientSelector.byEmail(email) : RecipientSelector.byRecipientId(recipient.trim());
        return new ErasureView(account, erasure.erase(new EraseRecipientCommand(account, who)));
    }
}
