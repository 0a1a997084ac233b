package io.engagementhub.adapter.persistence;

import static io.engagementhub.adapter.persistence.jooq.Tables.STORE_SECRET;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jooq.DSLContext;

/**
 * Hashes email addresses with HMAC-SHA256 under a secret the store generates for itself on first
 * use and keeps in {@code store_secret}: equal addresses give equal hashes in every instance on the
 * same database, and the hash alone does not give the address back.
 */
final class EmailHasher {

    private static final String ALGORITHM = "HmacSHA256";
    private static final String SECRET_NAME = "suppression-hmac";
    private static final int SECRET_BYTES = 32;

    private final SecretKeySpec key;

    private EmailHasher(byte[] secret) {
        this.key = new SecretKeySpec(secret, ALGORITHM);
    }

    /** The hasher with the database's secret, generating and storing one if there is none yet. */
    static EmailHasher loadOrCreate(DSLContext insertIgnoring, DSLContext dsl) {
        byte[] fresh = new byte[SECRET_BYTES];
        new SecureRandom().nextBytes(fresh);
        RaceRetry retry = RaceRetry.forSecrets("store-secret");
        retry.run("creating the store's suppression secret", () -> insertIgnoring
                .insertInto(STORE_SECRET)
                .set(STORE_SECRET.NAME, SECRET_NAME)
                .set(
                        STORE_SECRET.SECRET_VALUE,
                        Base64.getUrlEncoder().withoutPadding().encodeToString(fresh))
                .onConflictDoNothing()
                .execute());
        String stored = retry.run("reading the store's suppression secret", () -> dsl.select(STORE_SECRET.SECRET_VALUE)
                .from(STORE_SECRET)
                .where(STORE_SECRET.NAME.eq(SECRET_NAME))
                .fetchSingle(STORE_SECRET.SECRET_VALUE));
        return new EmailHasher(Base64.getUrlDecoder().decode(stored));
    }

    /** base64url(HMAC-SHA256(lower-cased, trimmed address)). */
    String hash(String email) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            byte[] digest = mac.doFinal(email.trim().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(
                    "HMAC-SHA256 is not available: " + e.getClass().getName(), e);
        }
    }
}
