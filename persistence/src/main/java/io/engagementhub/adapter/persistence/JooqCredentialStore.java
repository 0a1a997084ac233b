package io.engagementhub.adapter.persistence;

import static io.engagementhub.adapter.persistence.jooq.Tables.PROVIDER_CREDENTIAL;

import io.engagementhub.domain.model.Require;
import io.engagementhub.domain.model.StoredCredential;
import io.engagementhub.domain.port.out.CredentialStore;
import java.util.Objects;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;

/**
 * The {@link CredentialStore} on jOOQ. The first save inserts version 1 unless a row exists; later
 * saves update the row only where it still has the expected version, so of concurrent writers
 * exactly one wins. Values are encoded by a {@link CredentialCodec} (encrypted when a secret is
 * configured).
 */
final class JooqCredentialStore implements CredentialStore {

    private final DSLContext dsl;
    private final DSLContext insertIgnoring;
    private final CredentialCodec codec;
    private final RaceRetry retry = RaceRetry.forSecrets("credential-store");

    /**
     * @param insertIgnoring renders {@code INSERT ... ON CONFLICT DO NOTHING} natively (see {@link
     *     DatabaseKind#insertIgnoringDialect()}) rather than as a MERGE that casts away over-long keys
     */
    JooqCredentialStore(DSLContext dsl, DSLContext insertIgnoring, CredentialCodec codec) {
        this.dsl = Objects.requireNonNull(dsl, "dsl");
        this.insertIgnoring = Objects.requireNonNull(insertIgnoring, "insertIgnoring");
        this.codec = Objects.requireNonNull(codec, "codec");
    }

    @Override
    public Optional<StoredCredential> find(String account, String name) {
        Require.nonBlank(account, "account");
        Require.nonBlank(name, "credential name");
        return retry.run("reading credential " + name + " of account " + account, () -> dsl.selectFrom(
                                PROVIDER_CREDENTIAL)
                        .where(key(account, name))
                        .fetchOptional())
                .map(row -> new StoredCredential(codec.decode(account, name, row.getSecretValue()), row.getVersion()));
    }

    @Override
    public boolean compareAndSet(String account, String name, long expectedVersion, String value) {
        Require.nonBlank(account, "account");
        Require.nonBlank(name, "credential name");
        Require.nonBlank(value, "credential value");
        Require.notNegative(expectedVersion, "expected version");
        String stored = codec.encode(account, name, value);
        return retry.run(
                "saving credential " + name + " of account " + account,
                () -> expectedVersion == 0
                        ? insertFirst(account, name, stored)
                        : replace(account, name, expectedVersion, stored));
    }

    private boolean insertFirst(String account, String name, String stored) {
        return insertIgnoring
                        .insertInto(PROVIDER_CREDENTIAL)
                        .set(PROVIDER_CREDENTIAL.ACCOUNT, account)
                        .set(PROVIDER_CREDENTIAL.NAME, name)
                        .set(PROVIDER_CREDENTIAL.SECRET_VALUE, stored)
                        .set(PROVIDER_CREDENTIAL.VERSION, 1L)
                        .onConflictDoNothing()
                        .execute()
                == 1;
    }

    private boolean replace(String account, String name, long expectedVersion, String stored) {
        return dsl.update(PROVIDER_CREDENTIAL)
                        .set(PROVIDER_CREDENTIAL.SECRET_VALUE, stored)
                        .set(PROVIDER_CREDENTIAL.VERSION, expectedVersion + 1)
                        .where(key(account, name))
                        .and(PROVIDER_CREDENTIAL.VERSION.eq(expectedVersion))
                        .execute()
                == 1;
    }

    private static Condition key(String account, String name) {
        return PROVIDER_CREDENTIAL.ACCOUNT.eq(account).and(PROVIDER_CREDENTIAL.NAME.eq(name));
    }
}
