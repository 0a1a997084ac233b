package io.engagementhub.app.sync;

import io.engagementhub.domain.port.in.QuerySyncRunsUseCase;
import io.engagementhub.domain.port.in.SyncAccountUseCase;
import io.engagementhub.domain.port.out.EngagementSources;

/**
 * What a schedule works through: the engine (which also records runs left unfinished), the run
 * history's queries, and the configured accounts' sources.
 */
public record SyncPorts(SyncAccountUseCase syncs, QuerySyncRunsUseCase runs, EngagementSources sources) {}
