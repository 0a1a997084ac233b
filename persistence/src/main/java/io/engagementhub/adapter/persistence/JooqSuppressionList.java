package io.engagementhub.adapter.persistence;

import static io.engagementhub.adapter.persistence.jooq.Tables.RECIPIENT_SUPPRESSION;

import io.engagementhub.domain.model.EngagementEvent;
import io.engagementhub.domain.model.RecipientSelector;
import io.engagementhub.domain.model.Require;
import io.engagementhub.domain.port.out.SuppressionList;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.Record2;

/**
 * The {@link SuppressionList} on jOOQ. Ids are kept as they are; email addresses only as their
 * keyed hash ({@link EmailHasher}), so the list can tell an erased address again without keeping
 * it. Filtering a page asks for just the ids and hashes that occur on it, and only if the account
 * has any suppression at all.
 */
final class JooqSuppressionList implements SuppressionList {

    static final String BY_ID = "id";
    static final String BY_EMAIL = "email";

    private final DSLContext insertIgnoring;
    private final DSLContext dsl;
    private final EmailHasher hasher;
    private final Clock clock;
    private final RaceRetry retry = RaceRetry.forSecrets("suppression-list");

    JooqSuppressionList(DSLContext dsl, DSLContext insertIgnoring, EmailHasher hasher, Clock clock) {
        this.dsl = Objects.requireNonNull(dsl, "dsl");
        this.insertIgnoring = Objects.requireNonNull(insertIgnoring, "insertIgnoring");
        this.hasher = Objects.requireNonNull(hasher, "hasher");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public void suppress(String account, RecipientSelector recipient) {
        Require.nonBlank(account, "account");
        Objects.requireNonNull(recipient, "recipient");
        String kind = recipient.email() != null ? BY_EMAIL : BY_ID;
        String value = recipient.email() != null ? hasher.hash(recipient.email()) : recipient.recipientId();
        retry.run("suppressing a recipient of account " + account, () -> insertIgnoring
                .insertInto(RECIPIENT_SUPPRESSION)
                .set(RECIPIENT_SUPPRESSION.ACCOUNT, account)
                .set(RECIPIENT_SUPPRESSION.KIND, kind)
                .set(RECIPIENT_SUPPRESSION.MATCH_VALUE, value)
                .set(RECIPIENT_SUPPRESSION.SUPPRESSED_AT, clock.instant())
                .onConflictDoNothing()
                .execute());
    }

    @Override
    public List<EngagementEvent> withoutSuppressed(String account, List<EngagementEvent> events) {
        Require.nonBlank(account, "account");
        if (events.isEmpty() || !anySuppressed(account)) {
            return events;
        }
        Set<String> ids = new HashSet<>();
        Set<String> hashes = new HashSet<>();
        for (EngagementEvent event : events) {
            ids.add(event.recipient().id());
            if (event.recipient().email() != null) {
                hashes.add(hasher.hash(event.recipient().email()));
            }
        }
        Set<String> suppressed = suppressedAmong(account, ids, hashes);
        if (suppressed.isEmpty()) {
            return events;
        }
        return events.stream()
                .filter(event -> !suppressed.contains(
                                key(BY_ID, event.recipient().id()))
                        && (event.recipient().email() == null
                                || !suppressed.contains(key(
                                        BY_EMAIL, hasher.hash(event.recipient().email())))))
                .toList();
    }

    /**
     * Whether the account has any suppression: one probe of the key's first column, which spares
     * the common page (no recipient of the account erased yet) hashing every address and binding
     * every id and hash of the page.
     */
    private boolean anySuppressed(String account) {
        return retry.run(
                "reading the suppressed recipients of account " + account,
                () -> dsl.fetchExists(RECIPIENT_SUPPRESSION, RECIPIENT_SUPPRESSION.ACCOUNT.eq(account)));
    }

    private Set<String> suppressedAmong(String account, Set<String> ids, Set<String> hashes) {
        Set<String> found = new HashSet<>();
        retry.run("reading the suppressed recipients of account " + account, () -> dsl.select(
                                RECIPIENT_SUPPRESSION.KIND, RECIPIENT_SUPPRESSION.MATCH_VALUE)
                        .from(RECIPIENT_SUPPRESSION)
                        .where(RECIPIENT_SUPPRESSION.ACCOUNT.eq(account))
                        .and(RECIPIENT_SUPPRESSION
                                .KIND
                                .eq(BY_ID)
                                .and(RECIPIENT_SUPPRESSION.MATCH_VALUE.in(ids))
                                .or(RECIPIENT_SUPPRESSION
                                        .KIND
                                        .eq(BY_EMAIL)
                                        .and(RECIPIENT_SUPPRESSION.MATCH_VALUE.in(hashes))))
                        .fetch())
                .forEach((Record2<String, String> row) -> found.add(key(row.value1(), row.value2())));
        return found;
    }

    private static String key(String kind, String value) {
        return kind + ':' + value;
    }
}
