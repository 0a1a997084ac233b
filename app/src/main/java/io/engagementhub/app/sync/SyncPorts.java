package io.engagementhub.app.sync;

import io.engagementhub.domain.port.in.SyncAccountUseCase;
import io.engagementhub.domain.port.out.EngagementSources;
import io.engagementhub.domain.port.out.SyncRunStore;

/**
 * What a sync on the shared schedule works through, both where it is claimed and where it is
 * made due: the engine, the configured accounts' sources, and the run history.
 */
record SyncPorts(SyncAccountUseCase syncs, EngagementSources sources, SyncRunStore runs) {}
