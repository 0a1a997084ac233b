package io.engagementhub.adapter.persistence;

import static io.engagementhub.adapter.persistence.JdbcBatch.column;
import static io.engagementhub.adapter.persistence.jooq.Tables.EVENT_RECIPIENT;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.jooq.DSLContext;

/**
 * The recipients of the store ({@code event_recipient}), each with its home address: the first
 * address it was stored with, kept in its own row, so that a recipient with one address, the common
 * case, has no {@code event_address} row (see the V12 migration). Looked up as a {@link Dimension}
 * is: in a bounded cache of committed rows when one process owns the database, then in the table
 * by recipient id; the missing are inserted in lock order, each with its first address on the page
 * as its home. A concurrent writer that inserted the same recipient first makes the insert fail on
 * the unique key, and the whole append is retried.
 */
final class RecipientDimension {

    /** A recipient of an account, by the provider's recipient id. */
    record RecipientRow(String recipientId, String account) {}

    /** An email and Copernica profile ids, each '' when absent. */
    record Address(String email, String profileId, String subprofileId) {}

    /** A stored recipient: its key and its home address (null once an erasure by email took it). */
    record Stored(int key, Address home) {}

    /**
     * What {@link #resolve} found: every recipient's row, the ones not cached before, the keys it
     * inserted, and the cache generation it started in.
     */
    record Lookup(
            Map<RecipientRow, Stored> rows, Map<RecipientRow, Stored> fresh, Set<Integer> inserted, long generation) {

        Stored of(RecipientRow recipient) {
            Stored stored = rows.get(recipient);
            if (stored == null) {
                throw new IllegalStateException("no key resolved for " + recipient);
            }
            return stored;
        }
    }

    private record NewRecipient(RecipientRow recipient, Address home) {}

    private static final Comparator<RecipientRow> LOCK_ORDER =
            Comparator.comparing(RecipientRow::recipientId).thenComparing(RecipientRow::account);
    private static final JdbcBatch<NewRecipient> INSERT = new JdbcBatch<>(List.of(
            column(EVENT_RECIPIENT.ACCOUNT, row -> row.recipient().account()),
            column(EVENT_RECIPIENT.RECIPIENT_ID, row -> row.recipient().recipientId()),
            column(EVENT_RECIPIENT.EMAIL, row -> row.home().email()),
            column(EVENT_RECIPIENT.PROFILE_ID, row -> row.home().profileId()),
            column(EVENT_RECIPIENT.SUBPROFILE_ID, row -> row.home().subprofileId())));

    private final boolean cached;
    private final Cache<RecipientRow, Stored> committed =
            Caffeine.newBuilder().maximumSize(Dimension.MAX_CACHED).build();
    private final AtomicLong generation = new AtomicLong();

    /**
     * @param cached whether rows are cached: only when no other process writes the database, since
     *     only this process's erasures can then delete or change a recipient row
     */
    RecipientDimension(boolean cached) {
        this.cached = cached;
    }

    /**
     * The rows found or made for the recipients within the caller's transaction; a recipient not
     * stored yet is inserted with the address it is given as its home.
     */
    Lookup resolve(DSLContext tx, Map<RecipientRow, Address> firstAddresses) {
        long startedAt = generation.get();
        Map<RecipientRow, Stored> rows = new HashMap<>();
        List<RecipientRow> missing = new ArrayList<>();
        firstAddresses.keySet().forEach(recipient -> {
            Stored known = cached ? committed.getIfPresent(recipient) : null;
            if (known != null) {
                rows.put(recipient, known);
            } else {
                missing.add(recipient);
            }
        });
        missing.sort(LOCK_ORDER);
        Map<RecipientRow, Stored> fresh = new HashMap<>();
        Set<Integer> inserted = new HashSet<>();
        for (List<RecipientRow> chunk : Chunks.of(tx, missing)) {
            select(tx, chunk, fresh);
            List<NewRecipient> added = chunk.stream()
                    .filter(recipient -> !fresh.containsKey(recipient))
                    .map(recipient -> new NewRecipient(recipient, firstAddresses.get(recipient)))
                    .toList();
            List<Integer> keys = INSERT.insertReturning(tx, added, EVENT_RECIPIENT.RECIPIENT_KEY);
            for (int i = 0; i < added.size(); i++) {
                fresh.put(
                        added.get(i).recipient(),
                        new Stored(keys.get(i), added.get(i).home()));
            }
            inserted.addAll(keys);
        }
        rows.putAll(fresh);
        return new Lookup(rows, fresh, inserted, startedAt);
    }

    /** Caches what a transaction found or made, once committed, unless {@link #forget()} ran. */
    void remember(Lookup lookup) {
        if (cached && generation.get() == lookup.generation()) {
            committed.putAll(lookup.fresh());
        }
    }

    /** Drops every cached row: recipient rows were deleted or changed. */
    void forget() {
        generation.incrementAndGet();
        committed.invalidateAll();
    }

    /** Reads the stored rows of the recipients' ids and keeps those of a wanted recipient. */
    private static void select(DSLContext tx, List<RecipientRow> recipients, Map<RecipientRow, Stored> into) {
        Set<RecipientRow> wanted = new HashSet<>(recipients);
        Set<String> ids = new HashSet<>();
        recipients.forEach(recipient -> ids.add(recipient.recipientId()));
        var r = EVENT_RECIPIENT;
        tx.select(r.RECIPIENT_KEY, r.RECIPIENT_ID, r.ACCOUNT, r.EMAIL, r.PROFILE_ID, r.SUBPROFILE_ID)
                .from(r)
                .where(Chunks.in(tx, r.RECIPIENT_ID, ids))
                .forEach(row -> {
                    RecipientRow recipient = new RecipientRow(row.value2(), row.value3());
                    if (wanted.contains(recipient)) {
                        Address home =
                                row.value4() == null ? null : new Address(row.value4(), row.value5(), row.value6());
                        into.put(recipient, new Stored(row.value1(), home));
                    }
                });
    }
}
