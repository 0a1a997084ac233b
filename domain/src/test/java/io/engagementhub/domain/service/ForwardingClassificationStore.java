package io.engagementhub.domain.service;

import io.engagementhub.domain.model.ContextEvent;
import io.engagementhub.domain.model.EngagementEvent;
import io.engagementhub.domain.model.EventId;
import io.engagementhub.domain.model.MachineVerdict;
import io.engagementhub.domain.model.RecipientBatch;
import io.engagementhub.domain.model.ReclassificationState;
import io.engagementhub.domain.model.VerdictChange;
import io.engagementhub.domain.port.out.ClassificationStore;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A {@link ClassificationStore} that forwards every call; tests override what they watch. */
class ForwardingClassificationStore implements ClassificationStore {

    private final ClassificationStore delegate;

    ForwardingClassificationStore(ClassificationStore delegate) {
        this.delegate = delegate;
    }

    @Override
    public List<ContextEvent> contextOf(
            String account, Collection<String> recipientIds, Collection<String> campaignIds) {
        return delegate.contextOf(account, recipientIds, campaignIds);
    }

    @Override
    public List<EngagementEvent> engagementsOf(String account, Collection<String> recipientIds) {
        return delegate.engagementsOf(account, recipientIds);
    }

    @Override
    public int setVerdicts(String account, Map<EventId, MachineVerdict> verdicts) {
        return delegate.setVerdicts(account, verdicts);
    }

    @Override
    public int reclassifyUnlessChanged(String account, List<VerdictChange> changes) {
        return delegate.reclassifyUnlessChanged(account, changes);
    }

    @Override
    public Optional<String> lastRecipient() {
        return delegate.lastRecipient();
    }

    @Override
    public RecipientBatch recipientsAfter(String position, String upTo, int limit) {
        return delegate.recipientsAfter(position, upTo, limit);
    }

    @Override
    public Optional<ReclassificationState> reclassificationState() {
        return delegate.reclassificationState();
    }

    @Override
    public void saveReclassificationState(ReclassificationState state) {
        delegate.saveReclassificationState(state);
    }
}
