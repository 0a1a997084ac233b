package io.engagementhub.domain.service;

import io.engagementhub.domain.model.CampaignDetails;
import io.engagementhub.domain.model.Checkpoint;
import io.engagementhub.domain.model.Discovery;
import io.engagementhub.domain.model.EngagementEvent;
import io.engagementhub.domain.model.EventId;
import io.engagementhub.domain.model.RecipientSelector;
import io.engagementhub.domain.model.SourcePage;
import io.engagementhub.domain.model.Stream;
import io.engagementhub.domain.model.SyncFigures;
import io.engagementhub.domain.model.SyncTarget;
import io.engagementhub.domain.port.in.StopSignal;
import io.engagementhub.domain.port.out.AccessDeniedException;
import io.engagementhub.domain.port.out.EngagementSource;
import io.engagementhub.domain.port.out.EngagementSourceException;
import io.engagementhub.domain.port.out.EventStoreException;
import io.engagementhub.domain.port.out.QuotaExhaustedException;
import java.time.Clock;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * One run over one account's streams, used once: discover, then read each stream page by page,
 * storing every page (less suppressed recipients' events, classified by the machine-event rules)
 * with its checkpoint while the next is read ({@link PageAhead}), then read and store the campaign
 * details. A targeted
 * run reads the streams its source gives for the target from their given starts, stores only the
 * events inside the target and saves no checkpoint (ADR 0009), so a stream's regular checkpoint
 * never moves backwards. A failing stream fails alone; access denied, an exhausted quota or a
 * failing store end the run.
 */
final class AccountSync {

    /** The name under which a failure to read campaign details is reported. */
    static final String CAMPAIGNS = "campaigns";

    /** The name under which a failure to read the provider's campaign totals is reported. */
    static final String TOTALS = "totals";

    private final String account;
    private final EngagementSource source;
    private final SyncStores stores;
    private final StopSignal stop;
    private final SyncSettings settings;
    private final PageClassification classification;
    private final Clock clock;
    /** The target of a targeted run, or null for a regular one. */
    private final SyncTarget target;
    /** The campaigns of which this run stored events. */
    private final Set<String> changedCampaigns = new LinkedHashSet<>();

    private RunTally tally;
    private List<String> repairsDue = List.of();

    /** A run of {@code account}; {@code target} limits it to a targeted re-read, null for a regular run. */
    AccountSync(
            String account,
            EngagementSource source,
            SyncStores stores,
            StopSignal stop,
            SyncSettings settings,
            PageClassification classification,
            Clock clock,
            SyncTarget target) {
        this.account = account;
        this.source = source;
        this.stores = stores;
        this.stop = stop;
        this.settings = settings;
        this.classification = classification;
        this.clock = clock;
        this.target = target;
    }

    /** Runs the sync once, telling {@code progress} the figures after every request and page. */
    RunTally perform(Consumer<SyncFigures> progress) {
        tally = new RunTally(progress);
        Discovery discovery;
        Map<String, Checkpoint> checkpoints;
        try {
            discovery = target == null ? source.discover() : source.targeted().discover(target);
            tally.requests(discovery.requests());
            checkpoints = target == null ? stores.events().checkpoints(account) : Map.of();
        } catch (RuntimeException e) {
            endRun(e, "discovering streams failed: " + describe(e));
            return tally;
        }
        if (readStreams(discovery, checkpoints) && !tally.stoppedEarly()) {
            syncCampaigns();
            if (stores.checksCampaigns() && !tally.endedEarly()) {
                checkCampaigns();
            }
        }
        return tally;
    }

    /**
     * The campaigns a regular run found still behind the provider's totals past the grace period,
     * to be re-read now; empty for a targeted run.
     */
    List<String> repairsDue() {
        return repairsDue;
    }

    /**
     * Compares the campaigns with the provider's own totals: on a regular run those whose events
     * changed and those not yet settled, on a repair the repaired campaign. Reported like a stream
     * named {@value #TOTALS}: a source failure fails it alone, a store failure ends the run.
     */
    private void checkCampaigns() {
        if (target != null && !target.repair()) {
            return;
        }
        CampaignReconciler reconciler = new CampaignReconciler(account, source, stores, settings.reconciliation());
        try {
            if (target == null) {
                CampaignReconciler.Outcome outcome = reconciler.check(changedCampaigns, clock.instant());
                tally.requests(outcome.requests());
                repairsDue = outcome.repairsDue();
            } else {
                tally.requests(reconciler.checkRepaired(target.campaignId(), clock.instant()));
            }
        } catch (AccessDeniedException | QuotaExhaustedException e) {
            endRun(e, null);
        } catch (EngagementSourceException e) {
            tally.streamFailed(TOTALS, e.getMessage());
        } catch (EventStoreException e) {
            endRun(new StoreFailed(e), null);
        } catch (RuntimeException e) {
            tally.streamFailed(TOTALS, describe(e));
        }
    }

    /**
     * Reads every stream from its checkpoint (a targeted run: from its start), skipping those whose
     * content the checkpoint covers; answers false if the run ended on the way.
     */
    private boolean readStreams(Discovery discovery, Map<String, Checkpoint> checkpoints) {
        try (PageAhead ahead = new PageAhead(account)) {
            for (Stream stream : discovery.streams()) {
                if (stop.stopRequested()) {
                    tally.stopEarly("stopped on request before stream " + stream.key());
                    return true;
                }
                Checkpoint checkpoint = target == null
                        ? checkpoints.getOrDefault(stream.key(), Checkpoint.START)
                        : discovery.startOf(stream);
                if (target == null && checkpoint.coversContentOf(stream)) {
                    tally.unchanged();
                } else if (!sync(stream, checkpoint, ahead)) {
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * Reads and stores the campaign details, reported like a stream named {@value #CAMPAIGNS}: a
     * source failure fails it alone, a store failure ends the run.
     */
    private void syncCampaigns() {
        try {
            CampaignDetails details = source.campaigns();
            if (details.requests() > 0) {
                tally.requests(details.requests());
            }
            if (!details.campaigns().isEmpty()) {
                store(details);
            }
        } catch (AccessDeniedException | QuotaExhaustedException | StoreFailed e) {
            endRun(e, null);
        } catch (EngagementSourceException e) {
            tally.streamFailed(CAMPAIGNS, e.getMessage());
        } catch (RuntimeException e) {
            tally.streamFailed(CAMPAIGNS, describe(e));
        }
    }

    private void store(CampaignDetails details) {
        try {
            stores.campaigns().save(account, details.campaigns());
        } catch (RuntimeException e) {
            throw new StoreFailed(e);
        }
    }

    /** Reads one stream; answers whether the run goes on with the next stream. */
    private boolean sync(Stream stream, Checkpoint checkpoint, PageAhead ahead) {
        try {
            if (readToTheEnd(stream, checkpoint, ahead)) {
                tally.done();
                return true;
            }
            tally.stopEarly("stopped on request while reading stream " + stream.key());
            return false;
        } catch (AccessDeniedException | QuotaExhaustedException | StoreFailed e) {
            endRun(e, null);
            return false;
        } catch (EngagementSourceException e) {
            tally.streamFailed(stream.key(), e.getMessage());
            return true;
        } catch (RuntimeException e) {
            tally.streamFailed(stream.key(), describe(e));
            return true;
        }
    }

    /** Records why the run ends early; {@code otherwise} is the reason for a failure of no known kind. */
    private void endRun(RuntimeException e, String otherwise) {
        String who = "account '" + account + "': ";
        if (e instanceof AccessDeniedException) {
            tally.fail(who + "access denied: " + e.getMessage());
        } else if (e instanceof QuotaExhaustedException quota) {
            tally.stopEarly(who + "provider quota exhausted until " + quota.resetsAt() + ": " + e.getMessage());
        } else if (e instanceof StoreFailed) {
            tally.fail(who + "storing events failed: " + e.getCause().getMessage());
        } else {
            tally.fail(who + otherwise);
        }
    }

    /**
     * Reads {@code stream} from {@code from} to its end, or until a stop is requested; the next page
     * is read {@code ahead} while a page is stored.
     *
     * @return true if the stream was read to its end, false if it stopped on request
     */
    private boolean readToTheEnd(Stream stream, Checkpoint from, PageAhead ahead) {
        Checkpoint checkpoint = from;
        try {
            for (int pages = 0; ; pages++) {
                if (pages > 0 && stop.stopRequested()) {
                    return false;
                }
                if (pages >= settings.maxPagesPerStream()) {
                    throw new EngagementSourceException("stream gave more than " + settings.maxPagesPerStream()
                            + " pages in one sync; stopped reading it so that the sync ends");
                }
                SourcePage page = ahead.started() ? ahead.take() : source.read(stream, checkpoint);
                Checkpoint next = new Checkpoint(page.nextPosition(), page.hasMore() ? null : stream.fingerprint());
                PageCheck.verify(account, page, checkpoint, next);
                if (page.hasMore() && pages + 1 < settings.maxPagesPerStream() && !stop.stopRequested()) {
                    ahead.start(() -> source.read(stream, next));
                }
                store(stream, page, target == null ? next : null);
                checkpoint = next;
                if (!page.hasMore()) {
                    return true;
                }
            }
        } finally {
            ahead.discard();
        }
    }

    /** Stores a page; {@code next} is null on a targeted run, which saves no checkpoint. */
    private void store(Stream stream, SourcePage page, Checkpoint next) {
        try {
            List<EngagementEvent> inside = target == null
                    ? page.events()
                    : page.events().stream().filter(target::covers).toList();
            List<EngagementEvent> kept =
                    inside.isEmpty() ? inside : stores.suppressions().withoutSuppressed(account, inside);
            List<EngagementEvent> classified = classification.classify(account, kept);
            int stored = stores.events().append(account, stream.key(), classified, next);
            if (stored > 0) {
                classified.forEach(event -> changedCampaigns.add(event.campaignId()));
            }
            int late = eraseSuppressedMeanwhile(classified);
            tally.page(page, Math.max(0, stored - late), inside.size() - kept.size() + late);
        } catch (RuntimeException e) {
            throw new StoreFailed(e);
        }
    }

    /**
     * An erasure that suppressed a recipient after this page was checked and deleted their events
     * before the page was stored would be undone by it; checking again once the page is stored and
     * erasing what it brought back closes that window (an erasure suppresses before it deletes).
     *
     * @return how many of {@code appended} belonged to a recipient suppressed meanwhile
     */
    private int eraseSuppressedMeanwhile(List<EngagementEvent> appended) {
        if (appended.isEmpty()) {
            return 0;
        }
        List<EngagementEvent> still = stores.suppressions().withoutSuppressed(account, appended);
        if (still.size() == appended.size()) {
            return 0;
        }
        Set<EventId> kept = new HashSet<>();
        still.forEach(event -> kept.add(event.id()));
        Set<RecipientSelector> erased = new LinkedHashSet<>();
        for (EngagementEvent event : appended) {
            if (!kept.contains(event.id())) {
                erased.add(RecipientSelector.byRecipientId(event.recipient().id()));
                if (event.recipient().email() != null) {
                    erased.add(RecipientSelector.byEmail(event.recipient().email()));
                }
            }
        }
        erased.forEach(recipient -> stores.events().erase(account, recipient));
        return appended.size() - still.size();
    }

    static String describe(RuntimeException e) {
        String message = e.getMessage();
        return message == null || message.isBlank()
                ? e.getClass().getSimpleName()
                : e.getClass().getSimpleName() + ": " + message;
    }

    /** The store failed: not the stream's fault, so it ends the whole run. */
    private static final class StoreFailed extends RuntimeException {

        private static final long serialVersionUID = 1L;

        StoreFailed(RuntimeException cause) {
            super(cause);
        }
    }
}
