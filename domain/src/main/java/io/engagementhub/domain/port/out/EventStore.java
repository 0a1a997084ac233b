package io.engagementhub.domain.port.out;

import io.engagementhub.domain.model.CampaignStatistics;
import io.engagementhub.domain.model.Checkpoint;
import io.engagementhub.domain.model.EngagementEvent;
import io.engagementhub.domain.model.EventPage;
import io.engagementhub.domain.model.EventQuery;
import io.engagementhub.domain.model.EventSpan;
import io.engagementhub.domain.model.RecipientSelector;
import io.engagementhub.domain.model.TimeBucket;
import io.engagementhub.domain.model.TimelineBucket;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where events and stream checkpoints are kept. Every event is stored at most once per account
 * (by its id). Implementations are safe for concurrent use and throw {@link EventStoreException}
 * when the storage fails.
 */
public interface EventStore {

    /**
     * Stores the events not stored yet and moves the stream's checkpoint, both or neither (one
     * transaction). Events whose id the account already has are ignored, also when another writer
     * stores them at the same moment.
     *
     * @param events events of {@code account}; may be empty (then only the checkpoint moves)
     * @param checkpoint the stream's new checkpoint, or null to store the events and leave every
     *     checkpoint as it is (a targeted re-read)
     * @return how many of {@code events} were newly stored
     */
    int append(String account, String streamKey, List<EngagementEvent> events, Checkpoint checkpoint);

    /** The last stored checkpoint of each of the account's streams, by stream key. */
    Map<String, Checkpoint> checkpoints(String account);

    /** One page of the events matching {@code query}, in query order. */
    EventPage find(EventQuery query);

    /** Counts per type, per link and per device of one campaign's events, computed by the store. */
    CampaignStatistics statistics(String account, String campaignId);

    /** Deletes every stored event of one recipient of the account, returning how many went. */
    long erase(String account, RecipientSelector recipient);

    /** When the campaign's first and last stored events happened; empty if it has none. */
    Optional<EventSpan> span(String account, String campaignId);

    /**
     * The campaign's events per bucket (UTC hours or days) and type, human and machine, computed by
     * the store, for the events from {@code from} (inclusive) to {@code to} (exclusive).
     *
     * @return only the buckets that have events, in order of time
     */
    List<TimelineBucket> timeline(String account, String campaignId, TimeBucket bucket, Instant from, Instant to);
}
