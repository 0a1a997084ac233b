package io.engagementhub.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.engagementhub.domain.model.StoredCredential;
import io.engagementhub.domain.port.out.CredentialStore;
import io.engagementhub.domain.port.out.EventStoreException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Credentials at rest: encrypted when a secret is configured, so the raw column never holds the
 * token; readable only with the same secret and only in their own row. Subclasses give the database.
 */
abstract class CredentialEncryptionBehaviour {

    private static final String TOKEN = "rt-0123456789-secret-refresh-token";
    private static TestDatabase database;

    static void open(TestDatabase opened) {
        database = opened;
        database.stores(PersistenceSettings.unencrypted());
    }

    @AfterAll
    static void drop() {
        if (database != null) {
            database.close();
        }
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
        CredentialStore store = store(PersistenceSettings.encryptedWith("s3cret"));
        store.compareAndSet("acme", "refresh_token", 0, TOKEN);

        String raw = rawValue("acme", "refresh_token");

        assertThat(raw)
                .startsWith(CredentialCodec.AES_GCM_V1)
                .doesNotContain(TOKEN)
                .doesNotContain("secret-refresh");
        assertThat(store.find("acme", "refresh_token")).contains(new StoredCredential(TOKEN, 1));
    }

    @Test
    void theSameValueSavedTwiceIsStoredDifferently() {
        CredentialStore store = store(PersistenceSettings.encryptedWith("s3cret"));
        store.compareAndSet("acme", "a", 0, TOKEN);
        store.compareAndSet("acme", "b", 0, TOKEN);

        assertThat(rawValue("acme", "a").substring(CredentialCodec.AES_GCM_V1.length()))
                .isNotEqualTo(rawValue("acme", "b").substring(CredentialCodec.AES_GCM_V1.length()));
    }

    @Test
    void anotherSecretCannotReadItAndTheErrorNamesTheCredentialNotTheValue() {
        store(PersistenceSettings.encryptedWith("s3cret")).compareAndSet("acme", "refresh_token", 0, TOKEN);

        assertThatThrownBy(
                        () -> store(PersistenceSettings.encryptedWith("other")).find("acme", "refresh_token"))
                .isInstanceOf(EventStoreException.class)
                .hasMessageContaining("credential refresh_token of account acme cannot be decrypted")
                .hasMessageNotContaining(TOKEN);
        assertThatThrownBy(() -> store(PersistenceSettings.unencrypted()).find("acme", "refresh_token"))
                .isInstanceOf(EventStoreException.class)
                .hasMessageContaining("no credential encryption secret is configured");
    }

    @Test
    void aValueCopiedIntoAnotherRowDoesNotDecrypt() {
        CredentialStore store = store(PersistenceSettings.encryptedWith("s3cret"));
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
        CredentialStore encrypted = store(PersistenceSettings.encryptedWith("s3cret"));

        assertThat(encrypted.find("acme", "refresh_token")).contains(new StoredCredential(TOKEN, 1));
        assertThat(encrypted.compareAndSet("acme", "refresh_token", 1, "rt-2")).isTrue();
        assertThat(rawValue("acme", "refresh_token")).startsWith(CredentialCodec.AES_GCM_V1);
    }
}
