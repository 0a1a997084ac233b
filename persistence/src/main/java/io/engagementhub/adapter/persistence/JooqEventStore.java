package io.engagementhub.adapter.persistence;

import static io.engagementhub.adapter.persistence.jooq.Tables.STREAM_CHECKPOINT;

import io.engagementhub.domain.model.CampaignStatistics;
import io.engagementhub.domain.model.Checkpoint;
import io.engagementhub.domain.model.ContextEvent;
import io.engagementhub.domain.model.EngagementEvent;
import io.engagementhub.domain.model.EventId;
import io.engagementhub.domain.model.EventPage;
import io.engagementhub.domain.model.EventQuery;
import io.engagementhub.domain.model.EventSpan;
import io.engagementhub.domain.model.MachineVerdict;
import io.engagementhub.domain.model.RecipientBatch;
import io.engagementhub.domain.model.RecipientSelector;
import io.engagementhub.domain.model.ReclassificationState;
import io.engagementhub.domain.model.Require;
import io.engagementhub.domain.model.TimeBucket;
import io.engagementhub.domain.model.TimelineBucket;
import io.engagementhub.domain.model.VerdictChange;
import io.engagementhub.domain.port.out.ClassificationStore;
import io.engagementhub.domain.port.out.EventStore;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.jooq.DSLContext;

/**
 * The {@link EventStore} on jOOQ and the compact schema (dimension tables, a narrow event table,
 * maintained statistics). A page is one transaction ({@link PageWriter}): the stream's checkpoint,
 * the new events, their dimension rows and the statistics they change. Concurrent writers are kept
 * apart by the database (row locks taken in key order, unique keys); a write that lost a race is
 * retried whole.
 */
final class JooqEventStore implements EventStore, ClassificationStore {

    private final DSLContext dsl;
    private final PageWriter pages;
    private final RaceRetry retry = RaceRetry.forData("event-store");
    private final StoredClassification classification;
    private final PlannerStatistics plannerStatistics;

    JooqEventStore(DSLContext dsl, DatabaseKind kind) {
        this(dsl, kind, PlannerStatistics.MINIMUM);
    }

    /** @param analyseAfter events appended after which PostgreSQL's planner statistics may be refreshed */
    JooqEventStore(DSLContext dsl, DatabaseKind kind, long analyseAfter) {
        this.dsl = Objects.requireNonNull(dsl, "dsl");
        this.plannerStatistics = new PlannerStatistics(dsl, kind, analyseAfter);
        this.pages = new PageWriter(kind.oneProcess());
        this.classification = new StoredClassification(pages.dimensions().agents);
    }

    @Override
    public int append(String account, String streamKey, List<EngagementEvent> events, Checkpoint checkpoint) {
        Require.nonBlank(account, "account");
        Require.nonBlank(streamKey, "stream key");
        var byId = PageWriter.distinctById(account, events);
        int added = retry.run(
                "storing " + byId.size() + " events of stream " + streamKey + " of account " + account,
                () -> pages.append(dsl, account, streamKey, byId, checkpoint));
        plannerStatistics.appended(added);
        return added;
    }

    @Override
    public Map<String, Checkpoint> checkpoints(String account) {
        return retry.run("reading the checkpoints of account " + account, () -> dsl.selectFrom(STREAM_CHECKPOINT)
                .where(STREAM_CHECKPOINT.ACCOUNT.eq(account))
                .fetchMap(
                        STREAM_CHECKPOINT.STREAM_KEY,
                        row -> new Checkpoint(row.getPositionText(), row.getFingerprint())));
    }

    @Override
    public EventPage find(EventQuery query) {
        Objects.requireNonNull(query, "query");
        return retry.run("listing events", () -> EventFinder.find(dsl, query));
    }

    @Override
    public CampaignStatistics statistics(String account, String campaignId) {
        return ofCampaign(
                "computing statistics", account, campaignId, () -> StatisticsReader.read(dsl, account, campaignId));
    }

    @Override
    public long erase(String account, RecipientSelector recipient) {
        Require.nonBlank(account, "account");
        Objects.requireNonNull(recipient, "recipient");
        return retry.run("erasing a recipient of account " + account, () -> {
            try {
                return dsl.transactionResult(tx -> RecipientEraser.erase(tx.dsl(), account, recipient));
            } finally {
                pages.dimensions().forgetRecipients();
            }
        });
    }

    @Override
    public Optional<EventSpan> span(String account, String campaignId) {
        return ofCampaign("reading the span", account, campaignId, () -> TimelineReader.span(dsl, account, campaignId));
    }

    @Override
    public List<TimelineBucket> timeline(
            String account, String campaignId, TimeBucket bucket, Instant from, Instant to) {
        Objects.requireNonNull(bucket, "bucket");
        return ofCampaign(
                "counting the timeline",
                account,
                campaignId,
                () -> TimelineReader.timeline(
                        dsl, account, campaignId, bucket, Objects.requireNonNull(from), Objects.requireNonNull(to)));
    }

    /** {@code read} on one campaign of one account, its failure naming {@code what} and the campaign. */
    private <T> T ofCampaign(String what, String account, String campaignId, Supplier<T> read) {
        Require.nonBlank(account, "account");
        Require.nonBlank(campaignId, "campaign id");
        return retry.run(what + " of campaign " + campaignId + " of account " + account, read);
    }

    @Override
    public List<ContextEvent> contextOf(
            String account, Collection<String> recipientIds, Collection<String> campaignIds) {
        Require.nonBlank(account, "account");
        Objects.requireNonNull(recipientIds, "recipientIds");
        Objects.requireNonNull(campaignIds, "campaignIds");
        return retry.run(
                "reading the events of " + recipientIds.size() + " recipients of account " + account,
                () -> StoredClassification.contextOf(dsl, account, recipientIds, campaignIds));
    }

    @Override
    public List<EngagementEvent> engagementsOf(String account, Collection<String> recipientIds) {
        Require.nonBlank(account, "account");
        Objects.requireNonNull(recipientIds, "recipientIds");
        return retry.run(
                "reading the engagements of " + recipientIds.size() + " recipients of account " + account,
                () -> dsl.transactionResult(tx -> StoredClassification.engagementsOf(tx.dsl(), account, recipientIds)));
    }

    @Override
    public int setVerdicts(String account, Map<EventId, MachineVerdict> verdicts) {
        Objects.requireNonNull(verdicts, "verdicts");
        return changeVerdicts(account, verdicts.size(), () -> classification.setVerdicts(dsl, account, verdicts));
    }

    @Override
    public int reclassifyUnlessChanged(String account, List<VerdictChange> changes) {
        Objects.requireNonNull(changes, "changes");
        return changeVerdicts(account, changes.size(), () -> classification.reclassify(dsl, account, changes));
    }

    /** {@code change} of {@code count} stored verdicts of the account, retried as a whole. */
    private int changeVerdicts(String account, int count, Supplier<Integer> change) {
        Require.nonBlank(account, "account");
        if (count == 0) {
            return 0;
        }
        return retry.run("changing the verdicts of " + count + " events of account " + account, change);
    }

    @Override
    public Optional<String> lastRecipient() {
        return retry.run("finding the last recipient", () -> ReclassificationRecords.lastRecipient(dsl));
    }

    @Override
    public RecipientBatch recipientsAfter(String position, String upTo, int limit) {
        Objects.requireNonNull(upTo, "upTo");
        return retry.run(
                "listing recipients", () -> ReclassificationRecords.recipientsAfter(dsl, position, upTo, limit));
    }

    @Override
    public Optional<ReclassificationState> reclassificationState() {
        return retry.run("reading the reclassification state", () -> ReclassificationRecords.state(dsl));
    }

    @Override
    public void saveReclassificationState(ReclassificationState state) {
        Objects.requireNonNull(state, "state");
        retry.run("saving the reclassification state", () -> {
            dsl.transaction(tx -> ReclassificationRecords.save(tx.dsl(), state));
            return null;
        });
    }
}
