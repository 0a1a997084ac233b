package io.engagementhub.adapter.persistence;

import static io.engagementhub.adapter.persistence.jooq.Tables.STORED_EVENT;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Name;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * Finds an account's stored events by their ids, through the index that keeps each id stored once.
 * On H2 that is the primary key (event id, account), asked by the id alone: with the account in the
 * condition too, H2 read the account's whole time index for every page instead (a 300,000-click
 * sync did not finish in ten minutes), so there a lookup finds every account's rows of those ids and
 * the caller keeps the account's. PostgreSQL keeps no B-tree of the ids but a hash exclusion
 * constraint on {@code stored_event_key(account, event_id)} (see the V13_1 migration), which only a
 * condition on that same expression can use: one lookup per id, joined from the list of ids.
 */
final class StoredEventIds {

    private static final Name KEY = DSL.name("stored_event_key");
    private static final Name REQUESTED = DSL.name("requested");
    private static final Field<String> REQUESTED_ID = DSL.field(DSL.name("requested", "id"), SQLDataType.VARCHAR);

    private StoredEventIds() {}

    /**
     * The rows whose id is one of {@code ids}: {@code account}'s on PostgreSQL, every account's on
     * H2, so the caller compares each row's account.
     */
    static Condition among(DSLContext tx, String account, Collection<String> ids) {
        if (!hashed(tx)) {
            return Chunks.in(tx, STORED_EVENT.EVENT_ID, ids);
        }
        String[] requested = ids.toArray(String[]::new);
        return storedKey()
                .in(DSL.select(key(DSL.val(account), REQUESTED_ID))
                        .from(DSL.unnest(DSL.val(requested, SQLDataType.VARCHAR.array()))
                                .as(REQUESTED, REQUESTED_ID.getUnqualifiedName())));
    }

    /** {@code column}'s value in each of {@code account}'s events whose id is one of {@code ids}. */
    static <T> List<T> valuesOf(DSLContext tx, String account, Collection<String> ids, Field<T> column) {
        List<T> values = new ArrayList<>();
        for (List<String> chunk : Chunks.of(tx, ids)) {
            tx.select(column, STORED_EVENT.ACCOUNT)
                    .from(STORED_EVENT)
                    .where(among(tx, account, chunk))
                    .forEach(row -> {
                        if (account.equals(row.value2())) {
                            values.add(row.value1());
                        }
                    });
        }
        return values;
    }

    /** The row of {@code account}'s event {@code id}. */
    static Condition of(DSLContext tx, String account, String id) {
        if (!hashed(tx)) {
            return STORED_EVENT.EVENT_ID.eq(id).and(STORED_EVENT.ACCOUNT.eq(account));
        }
        return storedKey().eq(key(DSL.val(account), DSL.val(id)));
    }

    private static Field<String> storedKey() {
        return key(STORED_EVENT.ACCOUNT, STORED_EVENT.EVENT_ID);
    }

    private static Field<String> key(Field<String> account, Field<String> id) {
        return DSL.function(KEY, SQLDataType.VARCHAR, account, id);
    }

    private static boolean hashed(DSLContext tx) {
        return tx.dialect().family() == SQLDialect.POSTGRES;
    }
}
