package io.engagementhub.domain.service;

import io.engagementhub.domain.model.SyncRun;
import io.engagementhub.domain.model.SyncRunId;
import io.engagementhub.domain.port.out.SyncRunStore;
import io.engagementhub.domain.testing.InMemorySyncRunStore;
import java.util.List;
import java.util.Optional;

/** An in-memory run history whose saves a test can watch or refuse by overriding {@link #save}. */
class ForwardingSyncRunStore implements SyncRunStore {

    private final InMemorySyncRunStore delegate = new InMemorySyncRunStore();

    @Override
    public void save(SyncRun run) {
        delegate.save(run);
    }

    @Override
    public Optional<SyncRun> find(SyncRunId id) {
        return delegate.find(id);
    }

    @Override
    public List<SyncRun> recent(String account, int limit) {
        return delegate.recent(account, limit);
    }
}
