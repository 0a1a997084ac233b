package io.engagementhub.domain.testing;

import io.engagementhub.domain.model.SyncRun;
import io.engagementhub.domain.model.SyncRunId;
import io.engagementhub.domain.port.out.SyncRunStore;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A {@link SyncRunStore} in memory; the reference behaviour for {@link SyncRunStoreContract}. */
public final class InMemorySyncRunStore implements SyncRunStore {

    private final Map<SyncRunId, SyncRun> runs = new LinkedHashMap<>();

    @Override
    public synchronized void save(SyncRun run) {
        runs.put(run.id(), run);
    }

    @Override
    public synchronized Optional<SyncRun> find(SyncRunId id) {
        return Optional.ofNullable(runs.get(id));
    }

    @Override
    public synchronized List<SyncRun> recent(String account, int limit) {
        return runs.values().stream()
                .filter(run -> run.account().equals(account))
                .sorted(Comparator.comparing(SyncRun::startedAt).reversed())
                .limit(limit)
                .toList();
    }
}
