package io.engagementhub.domain.testing;

import io.engagementhub.domain.model.Campaign;
import io.engagementhub.domain.model.CampaignDetails;
import io.engagementhub.domain.model.Checkpoint;
import io.engagementhub.domain.model.Discovery;
import io.engagementhub.domain.model.EngagementEvent;
import io.engagementhub.domain.model.ProviderTotals;
import io.engagementhub.domain.model.ProviderTotalsRead;
import io.engagementhub.domain.model.SourcePage;
import io.engagementhub.domain.model.Stream;
import io.engagementhub.domain.model.SyncTarget;
import io.engagementhub.domain.port.out.EngagementSource;
import io.engagementhub.domain.port.out.TargetedRead;
import io.engagementhub.domain.port.out.UnsupportedTargetException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

/**
 * An {@link EngagementSource} over streams held in memory. A stream's checkpoint position is the
 * offset of its next event; each page costs one request; discovery costs one request. Streams can
 * grow between syncs, report a fingerprint (their size), and fail on a chosen read. A targeted read
 * reads every stream from its start (the stub has no filters), except for a campaign id starting
 * with {@code "bad"}, which it refuses.
 */
public final class StubEngagementSource implements EngagementSource {

    private final int pageSize;
    private final boolean fingerprints;
    private final Map<String, List<EngagementEvent>> streams = new LinkedHashMap<>();
    private final Map<String, Supplier<RuntimeException>> failures = new HashMap<>();
    private final List<SyncTarget> targets = new ArrayList<>();
    private List<Campaign> campaigns = List.of();
    private Supplier<RuntimeException> campaignFailure;
    private int reads;
    private final Map<String, ProviderTotals> totals = new HashMap<>();
    private final List<Set<String>> totalsAsked = new ArrayList<>();
    private Supplier<RuntimeException> totalsFailure;

    /** A source whose streams have no fingerprint (read on every sync). */
    public StubEngagementSource(int pageSize) {
        this(pageSize, false);
    }

    public StubEngagementSource(int pageSize, boolean fingerprints) {
        this.pageSize = pageSize;
        this.fingerprints = fingerprints;
    }

    /** Adds events to the end of a stream, creating it if new. */
    public synchronized StubEngagementSource add(String streamKey, List<EngagementEvent> events) {
        streams.computeIfAbsent(streamKey, k -> new ArrayList<>()).addAll(events);
        return this;
    }

    /**
     * Puts events before a stream's first, as a provider listing late events with old ids would: a
     * regular sync past them never sees them; a targeted read, which starts at the beginning, does.
     */
    public synchronized StubEngagementSource insertFirst(String streamKey, List<EngagementEvent> events) {
        streams.computeIfAbsent(streamKey, k -> new ArrayList<>()).addAll(0, events);
        return this;
    }

    /** Makes the provider report these totals for their campaign from now on (one request per read). */
    public synchronized void reportTotals(ProviderTotals campaign) {
        totals.put(campaign.campaignId(), campaign);
    }

    /** Makes reading totals throw. */
    public synchronized void failTotals(Supplier<RuntimeException> failure) {
        totalsFailure = failure;
    }

    /** The campaign ids of every totals read so far, in order. */
    public synchronized List<Set<String>> totalsAsked() {
        return List.copyOf(totalsAsked);
    }

    @Override
    public synchronized ProviderTotalsRead totals(Set<String> campaignIds) {
        if (totalsFailure != null) {
            throw totalsFailure.get();
        }
        totalsAsked.add(Set.copyOf(campaignIds));
        return new ProviderTotalsRead(
                campaignIds.stream().map(totals::get).filter(Objects::nonNull).toList(), 1);
    }

    /** Makes the read that starts at {@code offset} of the stream throw. */
    public synchronized void failAt(String streamKey, int offset, Supplier<RuntimeException> failure) {
        failures.put(streamKey + "@" + offset, failure);
    }

    /** Makes reads work again. */
    public synchronized void heal() {
        failures.clear();
    }

    /** Every event of every stream. */
    public synchronized List<EngagementEvent> allEvents() {
        return streams.values().stream().flatMap(List::stream).toList();
    }

    /** How many pages were read so far. */
    public synchronized int reads() {
        return reads;
    }

    /** Makes {@link #campaigns()} report these details from now on, at one request. */
    public synchronized void reportCampaigns(List<Campaign> details) {
        campaigns = List.copyOf(details);
    }

    /** Makes {@link #campaigns()} throw. */
    public synchronized void failCampaigns(Supplier<RuntimeException> failure) {
        campaignFailure = failure;
    }

    /** The targets discovered so far, in order. */
    public synchronized List<SyncTarget> targets() {
        return List.copyOf(targets);
    }

    @Override
    public synchronized CampaignDetails campaigns() {
        if (campaignFailure != null) {
            throw campaignFailure.get();
        }
        return campaigns.isEmpty() ? CampaignDetails.NONE : new CampaignDetails(campaigns, 1);
    }

    @Override
    public TargetedRead targeted() {
        return new TargetedRead() {
            @Override
            public void check(SyncTarget target) {
                if (target.campaignId() != null && target.campaignId().startsWith("bad")) {
                    throw new UnsupportedTargetException("campaign", "not a campaign id of this source");
                }
            }

            @Override
            public Discovery discover(SyncTarget target) {
                synchronized (StubEngagementSource.this) {
                    targets.add(target);
                    return new Discovery(
                            StubEngagementSource.this.discover().streams().stream()
                                    .map(s -> Stream.of(s.key()))
                                    .toList(),
                            1);
                }
            }
        };
    }

    @Override
    public synchronized Discovery discover() {
        List<Stream> found = streams.entrySet().stream()
                .map(e ->
                        new Stream(e.getKey(), fingerprints ? "n" + e.getValue().size() : null))
                .toList();
        return new Discovery(found, 1);
    }

    @Override
    public synchronized SourcePage read(Stream stream, Checkpoint from) {
        int offset = from.isStart() ? 0 : Integer.parseInt(from.position());
        Supplier<RuntimeException> failure = failures.get(stream.key() + "@" + offset);
        if (failure != null) {
            throw failure.get();
        }
        reads++;
        List<EngagementEvent> events = streams.getOrDefault(stream.key(), List.of());
        int end = Math.min(offset + pageSize, events.size());
        List<EngagementEvent> page = List.copyOf(events.subList(offset, end));
        return new SourcePage(page, Integer.toString(end), end < events.size(), 1, 0);
    }
}
