package io.engagementhub.adapter.persistence;

import static io.engagementhub.adapter.persistence.jooq.Tables.SOURCE_STATE;

import io.engagementhub.domain.model.Require;
import io.engagementhub.domain.port.out.SourceStateStore;
import java.util.Objects;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;

/**
 * The {@link SourceStateStore} on jOOQ: a save updates the row, or inserts it when there is none;
 * an insert that loses the race with another writer's is run again as an update (the last writer
 * wins, as the port allows).
 */
record JooqSourceStateStore(DSLContext dsl, RaceRetry retry) implements SourceStateStore {

    JooqSourceStateStore(DSLContext dsl) {
        this(dsl, RaceRetry.forData("source-state-store"));
    }

    @Override
    public Optional<String> load(String account, String key) {
        Condition where = key(account, key);
        return retry.run(
                "reading source state " + key + " of account " + account, () -> dsl.select(SOURCE_STATE.STATE_VALUE)
                        .from(SOURCE_STATE)
                        .where(where)
                        .fetchOptional(SOURCE_STATE.STATE_VALUE));
    }

    @Override
    public void save(String account, String key, String value) {
        Condition where = key(account, key);
        Objects.requireNonNull(value, "source state value must not be null");
        retry.run("saving source state " + key + " of account " + account, () -> {
            int updated = dsl.update(SOURCE_STATE)
                    .set(SOURCE_STATE.STATE_VALUE, value)
                    .where(where)
                    .execute();
            if (updated == 0) {
                // a concurrent first save makes this insert fail on the key; RaceRetry runs it all again
                dsl.insertInto(SOURCE_STATE)
                        .set(SOURCE_STATE.ACCOUNT, account)
                        .set(SOURCE_STATE.STATE_KEY, key)
                        .set(SOURCE_STATE.STATE_VALUE, value)
                        .execute();
            }
            return null;
        });
    }

    private static Condition key(String account, String key) {
        Require.nonBlank(account, "account");
        Require.nonBlank(key, "source state key");
        if (key.length() > MAX_KEY_LENGTH) {
            throw new IllegalArgumentException("source state key longer than " + MAX_KEY_LENGTH + ": " + key);
        }
        return SOURCE_STATE.ACCOUNT.eq(account).and(SOURCE_STATE.STATE_KEY.eq(key));
    }
}
