package io.engagementhub.domain.port.out;

import io.engagementhub.domain.model.CampaignStatistics;
import io.engagementhub.domain.model.Checkpoint;
import io.engagementhub.domain.model.EngagementEvent;
import io.engagementhub.domain.model.EventPage;
import io.engagementhub.domain.model.EventQuery;
import io.engagementhub.domain.model.RecipientSelector;
import java.util.List;
import java.util.Map;

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
}
