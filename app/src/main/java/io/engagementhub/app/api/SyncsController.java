package io.engagementhub.app.api;

import io.engagementhub.domain.model.SyncRunId;
import io.engagementhub.domain.port.in.QuerySyncRunsUseCase;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Shows one sync run. */
@Controller("/api/v1/syncs")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "syncs")
record SyncsController(QuerySyncRunsUseCase queries) {

    /** A sync run: status RUNNING, SUCCEEDED, FAILED or PARTIAL, its figures and failed streams. */
    @Get("/{id}")
    @Operation(summary = "Get a sync run")
    HttpResponse<?> get(String id) {
        return queries.run(new SyncRunId(PathValues.required("id", id)))
                .<HttpResponse<?>>map(run -> HttpResponse.ok(SyncRunView.of(run)))
                .orElseGet(() -> Problems.of(HttpStatus.NOT_FOUND, "no sync run with id '" + id + "'"));
    }
}
