package io.engagementhub.domain.testing;

import io.engagementhub.domain.model.CampaignStatistics;
import io.engagementhub.domain.model.Checkpoint;
import io.engagementhub.domain.model.ContextEvent;
import io.engagementhub.domain.model.Count;
import io.engagementhub.domain.model.DeviceType;
import io.engagementhub.domain.model.EngagementEvent;
import io.engagementhub.domain.model.EngagementType;
import io.engagementhub.domain.model.EventCursor;
import io.engagementhub.domain.model.EventId;
import io.engagementhub.domain.model.EventPage;
import io.engagementhub.domain.model.EventQuery;
import io.engagementhub.domain.model.EventSpan;
import io.engagementhub.domain.model.HumanMachine;
import io.engagementhub.domain.model.MachineVerdict;
import io.engagementhub.domain.model.ParsedClient;
import io.engagementhub.domain.model.RecipientBatch;
import io.engagementhub.domain.model.RecipientRef;
import io.engagementhub.domain.model.RecipientSelector;
import io.engagementhub.domain.model.ReclassificationState;
import io.engagementhub.domain.model.TimeBucket;
import io.engagementhub.domain.model.TimelineBucket;
import io.engagementhub.domain.model.VerdictChange;
import io.engagementhub.domain.port.out.ClassificationStore;
import io.engagementhub.domain.port.out.EventStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * An {@link EventStore} (and {@link ClassificationStore}) in memory; the reference behaviour for
 * {@link EventStoreContract} and {@link ClassificationStoreContract}.
 */
public final class InMemoryEventStore implements EventStore, ClassificationStore {

    /** The order of {@link EventQuery} results. */
    public static final Comparator<EngagementEvent> QUERY_ORDER = Comparator.comparing(EngagementEvent::occurredAt)
            .thenComparing(event -> event.id().value())
            .thenComparing(EngagementEvent::account);

    private final Map<String, Map<String, EngagementEvent>> eventsByAccount = new HashMap<>();
    private final Map<String, Map<String, Checkpoint>> checkpointsByAccount = new HashMap<>();
    private ReclassificationState reclassification;

    @Override
    public synchronized int append(
            String account, String streamKey, List<EngagementEvent> events, Checkpoint checkpoint) {
        Map<String, EngagementEvent> stored = eventsByAccount.computeIfAbsent(account, a -> new LinkedHashMap<>());
        int added = 0;
        for (EngagementEvent event : events) {
            if (!event.account().equals(account)) {
                throw new IllegalArgumentException("event " + event.id() + " is not of account " + account);
            }
            if (stored.putIfAbsent(event.id().value(), event) == null) {
                added++;
            }
        }
        if (checkpoint != null) {
            checkpointsByAccount.computeIfAbsent(account, a -> new HashMap<>()).put(streamKey, checkpoint);
        }
        return added;
    }

    @Override
    public synchronized Map<String, Checkpoint> checkpoints(String account) {
        return Map.copyOf(checkpointsByAccount.getOrDefault(account, Map.of()));
    }

    @Override
    public synchronized EventPage find(EventQuery query) {
        List<EngagementEvent> matching = all().stream()
                .filter(query::matches)
                .sorted(QUERY_ORDER)
                .limit(query.limit() + 1L)
                .toList();
        if (matching.size() <= query.limit()) {
            return new EventPage(matching, null);
        }
        List<EngagementEvent> page = matching.subList(0, query.limit());
        return new EventPage(page, EventCursor.after(page.get(page.size() - 1)));
    }

    @Override
    public synchronized CampaignStatistics statistics(String account, String campaignId) {
        List<EngagementEvent> events = campaignEvents(account, campaignId);
        Map<EngagementType, Count> byType = new HashMap<>();
        for (EngagementType type : EngagementType.values()) {
            byType.put(
                    type,
                    CampaignFigures.count(
                            events.stream().filter(e -> e.type() == type).toList()));
        }
        Map<DeviceType, Long> devices = CampaignFigures.devices(events);
        return new CampaignStatistics(
                account,
                campaignId,
                byType,
                CampaignFigures.links(events),
                devices,
                CampaignFigures.classified(events));
    }

    @Override
    public synchronized List<ContextEvent> contextOf(
            String account, Collection<String> recipientIds, Collection<String> campaignIds) {
        return engagementsOf(account, recipientIds).stream()
                .filter(e -> campaignIds.contains(e.campaignId()))
                .map(ContextEvent::of)
                .toList();
    }

    @Override
    public synchronized List<EngagementEvent> engagementsOf(String account, Collection<String> recipientIds) {
        Set<EngagementType> kinds = EnumSet.of(
                EngagementType.SENT, EngagementType.DELIVERED, EngagementType.OPENED, EngagementType.CLICKED);
        return eventsByAccount.getOrDefault(account, Map.of()).values().stream()
                .filter(e -> kinds.contains(e.type()))
                .filter(e -> recipientIds.contains(e.recipient().id()))
                .toList();
    }

    @Override
    public synchronized int setVerdicts(String account, Map<EventId, MachineVerdict> verdicts) {
        Map<String, EngagementEvent> stored = eventsByAccount.getOrDefault(account, Map.of());
        int changed = 0;
        for (Map.Entry<EventId, MachineVerdict> verdict : verdicts.entrySet()) {
            EngagementEvent old = stored.get(verdict.getKey().value());
            if (old != null && !old.machine().equals(verdict.getValue())) {
                stored.put(old.id().value(), old.withMachine(verdict.getValue()));
                changed++;
            }
        }
        return changed;
    }

    @Override
    public synchronized int reclassifyUnlessChanged(String account, List<VerdictChange> changes) {
        int changed = 0;
        for (VerdictChange change : changes) {
            changed += apply(account, change.read(), change.classified());
        }
        return changed;
    }

    /** Gives the stored event {@code event}'s verdict and parsed client, unless it no longer carries {@code read}'s. */
    private int apply(String account, EngagementEvent read, EngagementEvent event) {
        Map<String, EngagementEvent> stored = eventsByAccount.getOrDefault(account, Map.of());
        EngagementEvent old = stored.get(event.id().value());
        if (old == null || !sameVerdict(old, read)) {
            return 0;
        }
        EngagementEvent next = old.toBuilder()
                .machine(event.machine())
                .client(
                        old.client() == null || event.client() == null
                                ? old.client()
                                : old.client().withParsed(event.client().parsed()))
                .build();
        if (next.equals(old)) {
            return 0;
        }
        stored.put(event.id().value(), next);
        return 1;
    }

    private static boolean sameVerdict(EngagementEvent stored, EngagementEvent read) {
        return stored.machine().equals(read.machine()) && Objects.equals(parsedOf(stored), parsedOf(read));
    }

    private static ParsedClient parsedOf(EngagementEvent event) {
        return event.client() == null ? null : event.client().parsed();
    }

    @Override
    public synchronized Optional<String> lastRecipient() {
        TreeSet<String> keys = recipientKeys();
        return keys.isEmpty() ? Optional.empty() : Optional.of(keys.last());
    }

    @Override
    public synchronized RecipientBatch recipientsAfter(String position, String upTo, int limit) {
        TreeSet<String> keys = recipientKeys();
        List<String> page = (position == null ? keys : keys.tailSet(position, false))
                .stream()
                        .takeWhile(key -> key.compareTo(upTo) <= 0)
                        .limit(limit)
                        .toList();
        List<RecipientRef> recipients = page.stream()
                .map(key -> new RecipientRef(
                        key.substring(0, key.indexOf('\u0000')), key.substring(key.indexOf('\u0000') + 1)))
                .toList();
        String next = page.size() < limit ? null : page.get(page.size() - 1);
        return new RecipientBatch(recipients, next);
    }

    /** Each stored recipient as its account and id, in that order. */
    private TreeSet<String> recipientKeys() {
        TreeSet<String> keys = new TreeSet<>();
        eventsByAccount.forEach((account, events) -> events.values()
                .forEach(e -> keys.add(account + "\u0000" + e.recipient().id())));
        return keys;
    }

    @Override
    public synchronized Optional<ReclassificationState> reclassificationState() {
        return Optional.ofNullable(reclassification);
    }

    @Override
    public synchronized void saveReclassificationState(ReclassificationState state) {
        reclassification = state;
    }

    @Override
    public synchronized long erase(String account, RecipientSelector recipient) {
        Map<String, EngagementEvent> stored = eventsByAccount.getOrDefault(account, Map.of());
        List<String> doomed = new ArrayList<>();
        stored.forEach((id, event) -> {
            if (recipient.matches(event)) {
                doomed.add(id);
            }
        });
        doomed.forEach(stored::remove);
        return doomed.size();
    }

    @Override
    public synchronized Optional<EventSpan> span(String account, String campaignId) {
        List<Instant> times = campaignEvents(account, campaignId).stream()
                .map(EngagementEvent::occurredAt)
                .sorted()
                .toList();
        return times.isEmpty()
                ? Optional.empty()
                : Optional.of(new EventSpan(times.get(0), times.get(times.size() - 1)));
    }

    @Override
    public synchronized List<TimelineBucket> timeline(
            String account, String campaignId, TimeBucket bucket, Instant from, Instant to) {
        Map<Instant, Map<EngagementType, HumanMachine>> buckets = new TreeMap<>();
        for (EngagementEvent event : campaignEvents(account, campaignId)) {
            if (event.occurredAt().isBefore(from) || !event.occurredAt().isBefore(to)) {
                continue;
            }
            HumanMachine one = isMachine(event) ? new HumanMachine(0, 1) : new HumanMachine(1, 0);
            buckets.computeIfAbsent(bucket.floor(event.occurredAt()), start -> new EnumMap<>(EngagementType.class))
                    .merge(event.type(), one, HumanMachine::plus);
        }
        return buckets.entrySet().stream()
                .map(entry -> new TimelineBucket(entry.getKey(), entry.getValue()))
                .toList();
    }

    /** Whether an event counts as a machine's in the timeline: flagged by a machine reason. */
    static boolean isMachine(EngagementEvent event) {
        return event.machine().flagged();
    }

    private List<EngagementEvent> campaignEvents(String account, String campaignId) {
        return eventsByAccount.getOrDefault(account, Map.of()).values().stream()
                .filter(event -> event.campaignId().equals(campaignId))
                .toList();
    }

    /** Every stored event of every account, in no particular order. */
    public synchronized List<EngagementEvent> all() {
        List<EngagementEvent> all = new ArrayList<>();
        eventsByAccount.values().forEach(events -> all.addAll(events.values()));
        return all;
    }

    /** How many events are stored, all accounts together. */
    public synchronized int size() {
        return eventsByAccount.values().stream().mapToInt(Map::size).sum();
    }
}
