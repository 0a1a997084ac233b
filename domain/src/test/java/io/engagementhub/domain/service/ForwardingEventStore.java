package io.engagementhub.domain.service;

import io.engagementhub.domain.model.CampaignStatistics;
import io.engagementhub.domain.model.Checkpoint;
import io.engagementhub.domain.model.EngagementEvent;
import io.engagementhub.domain.model.EventPage;
import io.engagementhub.domain.model.EventQuery;
import io.engagementhub.domain.model.EventSpan;
import io.engagementhub.domain.model.RecipientSelector;
import io.engagementhub.domain.model.TimeBucket;
import io.engagementhub.domain.model.TimelineBucket;
import io.engagementhub.domain.port.out.EventStore;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An {@link EventStore} that forwards every call; tests override what they watch. */
class ForwardingEventStore implements EventStore {

    private final EventStore delegate;

    ForwardingEventStore(EventStore delegate) {
        this.delegate = delegate;
    }

    @Override
    public int append(String account, String streamKey, List<EngagementEvent> events, Checkpoint checkpoint) {
        return delegate.append(account, streamKey, events, checkpoint);
    }

    @Override
    public Map<String, Checkpoint> checkpoints(String account) {
        return delegate.checkpoints(account);
    }

    @Override
    public EventPage find(EventQuery query) {
        return delegate.find(query);
    }

    @Override
    public CampaignStatistics statistics(String account, String campaignId) {
        return delegate.statistics(account, campaignId);
    }

    @Override
    public long erase(String account, RecipientSelector recipient) {
        return delegate.erase(account, recipient);
    }

    @Override
    public Optional<EventSpan> span(String account, String campaignId) {
        return delegate.span(account, campaignId);
    }

    @Override
    public List<TimelineBucket> timeline(
            String account, String campaignId, TimeBucket bucket, Instant from, Instant to) {
        return delegate.timeline(account, campaignId, bucket, from, to);
    }
}
