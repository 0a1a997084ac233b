package io.engagementhub.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.engagementhub.domain.model.StoredCredential;
import io.engagementhub.domain.port.out.CredentialStore;
import io.engagementhub.domain.port.out.EventStoreException;
import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Credentials at rest: encrypted when a secret is configured, so the raw column never holds the
 * token; readable only with the same secret and only in their own row. Subclasses give the database.
 */
abstract class CredentialEncryptionBehaviour {

    private static final String TOKEN = "rt-0123456789-secret-refresh-token";
    private static final String SECRET = "s3cret-s3cret-s3cret-s3cret-s3cret";

    @AutoClose
    private static TestDatabase database;

    static void open(TestDatabase opened) {
        database = opened;
        database.stores(PersistenceSettings.unencrypted());
    }

    @BeforeEach
    void clean() {
        database.clean();
    }

    private static CredentialStore store(PersistenceSettings settings) {
        return database.stores(settings).credentials();
    }

    private static String rawValue(String account, String name) {
        return database.raw()
                .fetchValue(
                        "SELECT secret_value FROM provider_credential WHERE account = ? AND name = ?", account, name)
                .toString();
    }

    @Test
    void anEncryptedTokenIsNotInTheDatabaseAndReadsBack() {
        CredentialStore store = store(PersistenceSettings.encryptedWith("s3cret-s3cret-s3cret-s3cret-s3cret"));
        store.compareAndSet("acme", "refresh_token", 0, TOKEN);

        String raw = rawValue("acme", "refresh_token");

        assertThat(raw)
                .startsWith(CredentialCodec.AES_GCM_V2)
                .doesNotContain(TOKEN)
                .doesNotContain("secret-refresh");
        assertThat(store.find("acme", "refresh_token")).contains(new StoredCredential(TOKEN, 1));
    }

    @Test
    void theSameValueSavedTwiceIsStoredDifferently() {
        CredentialStore store = store(PersistenceSettings.encryptedWith("s3cret-s3cret-s3cret-s3cret-s3cret"));
        store.compareAndSet("acme", "a", 0, TOKEN);
        store.compareAndSet("acme", "b", 0, TOKEN);

        assertThat(rawValue("acme", "a").substring(CredentialCodec.AES_GCM_V2.length()))
                .isNotEqualTo(rawValue("acme", "b").substring(CredentialCodec.AES_GCM_V2.length()));
    }

    @Test
    void anotherSecretCannotReadItAndTheErrorNamesTheCredentialNotTheValue() {
        store(PersistenceSettings.encryptedWith("s3cret-s3cret-s3cret-s3cret-s3cret"))
                .compareAndSet("acme", "refresh_token", 0, TOKEN);

        assertThatThrownBy(() -> store(PersistenceSettings.encryptedWith("another-secret-of-at-least-32-characters"))
                        .find("acme", "refresh_token"))
                .isInstanceOf(EventStoreException.class)
                .hasMessageContaining("credential refresh_token of account acme cannot be decrypted")
                .hasMessageNotContaining(TOKEN);
        assertThatThrownBy(() -> store(PersistenceSettings.unencrypted()).find("acme", "refresh_token"))
                .isInstanceOf(EventStoreException.class)
                .hasMessageContaining("no credential encryption secret is configured");
    }

    @Test
    void aValueCopiedIntoAnotherRowDoesNotDecrypt() {
        CredentialStore store = store(PersistenceSettings.encryptedWith("s3cret-s3cret-s3cret-s3cret-s3cret"));
        store.compareAndSet("acme", "refresh_token", 0, TOKEN);
        store.compareAndSet("globex", "refresh_token", 0, "globex-token");
        database.raw()
                .execute(
                        "UPDATE provider_credential SET secret_value = ? WHERE account = 'globex'",
                        rawValue("acme", "refresh_token"));

        assertThatThrownBy(() -> store.find("globex", "refresh_token")).isInstanceOf(EventStoreException.class);
    }

    @Test
    void aPlainValueStaysReadableAfterASecretIsConfiguredAndIsEncryptedOnTheNextSave() {
        store(PersistenceSettings.unencrypted()).compareAndSet("acme", "refresh_token", 0, TOKEN);
        assertThat(rawValue("acme", "refresh_token")).isEqualTo(CredentialCodec.PLAIN + TOKEN);
        CredentialStore encrypted = store(PersistenceSettings.encryptedWith("s3cret-s3cret-s3cret-s3cret-s3cret"));

        assertThat(encrypted.find("acme", "refresh_token")).contains(new StoredCredential(TOKEN, 1));
        assertThat(encrypted.compareAndSet("acme", "refresh_token", 1, "rt-2")).isTrue();
        assertThat(rawValue("acme", "refresh_token")).startsWith(CredentialCodec.AES_GCM_V2);
    }

    @Test
    void twoServicesWithTheSameSecretDeriveTheirKeysFromDifferentRandomSalts() {
        store(PersistenceSettings.encryptedWith(SECRET)).compareAndSet("acme", "a", 0, TOKEN);
        store(PersistenceSettings.encryptedWith(SECRET)).compareAndSet("acme", "b", 0, TOKEN);

        byte[] a = Base64.getUrlDecoder().decode(rawValue("acme", "a").substring(CredentialCodec.AES_GCM_V2.length()));
        byte[] b = Base64.getUrlDecoder().decode(rawValue("acme", "b").substring(CredentialCodec.AES_GCM_V2.length()));
        assertThat(Arrays.copyOf(a, 16)).isNotEqualTo(Arrays.copyOf(b, 16));
        CredentialStore third = store(PersistenceSettings.encryptedWith(SECRET));
        assertThat(third.find("acme", "a")).contains(new StoredCredential(TOKEN, 1));
        assertThat(third.find("acme", "b")).contains(new StoredCredential(TOKEN, 1));
    }

    @Test
    void aValueInTheEarlierFixedSaltFormatStillDecryptsAndTheNextSaveWritesTheNewFormat() throws Exception {
        database.raw()
                .execute(
                        "INSERT INTO provider_credential (account, name, secret_value, version) VALUES (?, ?, ?, 1)",
                        "acme",
                        "refresh_token",
                        LegacyCredentialFormat.encrypt(SECRET, "acme", "refresh_token", TOKEN));
        assertThat(rawValue("acme", "refresh_token")).startsWith(CredentialCodec.AES_GCM_V1);
        CredentialStore store = store(PersistenceSettings.encryptedWith(SECRET));

        assertThat(store.find("acme", "refresh_token")).contains(new StoredCredential(TOKEN, 1));
        assertThat(store.compareAndSet("acme", "refresh_token", 1, "rt-2")).isTrue();
        assertThat(rawValue("acme", "refresh_token")).startsWith(CredentialCodec.AES_GCM_V2);
        assertThat(store.find("acme", "refresh_token")).contains(new StoredCredential("rt-2", 2));
    }

    @Test
    void aSecretShorterThan32CharactersIsRefusedWithoutQuotingIt() {
        assertThatThrownBy(() -> PersistenceSettings.encryptedWith("short-secret-31-characters-long"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 32 characters")
                .hasMessageNotContaining("short-secret");
    }
}
