package io.engagementhub.domain.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.engagementhub.domain.model.StoredCredential;
import io.engagementhub.domain.port.out.CredentialStore;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** What every {@link CredentialStore} must do; extend it with a {@link #newStore()} that is empty. */
public abstract class CredentialStoreContract extends StoreContract<CredentialStore> {

    protected static final String TOKEN = "refresh_token";

    @Test
    void findsNothingBeforeTheFirstSave() {
        assertThat(store.find("acme", TOKEN)).isEmpty();
    }

    @Test
    void theFirstSaveExpectsVersionZeroAndGivesVersionOne() {
        assertThat(store.compareAndSet("acme", TOKEN, 1, "rt-1")).isFalse();
        assertThat(store.compareAndSet("acme", TOKEN, 0, "rt-1")).isTrue();

        assertThat(store.find("acme", TOKEN)).contains(new StoredCredential("rt-1", 1));
    }

    @Test
    void aStaleWriterCannotOverwriteANewerValue() {
        store.compareAndSet("acme", TOKEN, 0, "rt-1");
        assertThat(store.compareAndSet("acme", TOKEN, 1, "rt-2")).isTrue();

        assertThat(store.compareAndSet("acme", TOKEN, 1, "rt-stale")).isFalse();
        assertThat(store.compareAndSet("acme", TOKEN, 0, "rt-stale")).isFalse();

        assertThat(store.find("acme", TOKEN)).contains(new StoredCredential("rt-2", 2));
    }

    @Test
    void accountsAndNamesAreKeptApart() {
        store.compareAndSet("acme", TOKEN, 0, "acme-token");
        store.compareAndSet("globex", TOKEN, 0, "globex-token");
        store.compareAndSet("acme", "other", 0, "acme-other");

        assertThat(store.find("acme", TOKEN)).contains(new StoredCredential("acme-token", 1));
        assertThat(store.find("globex", TOKEN)).contains(new StoredCredential("globex-token", 1));
        assertThat(store.find("acme", "other")).contains(new StoredCredential("acme-other", 1));
    }

    @Test
    void valuesWithAnyCharactersSurvive() {
        String odd = "rt/+=~ü😀\n" + "x".repeat(2000);
        store.compareAndSet("acme", TOKEN, 0, odd);

        assertThat(store.find("acme", TOKEN).orElseThrow().value()).isEqualTo(odd);
    }

    @Test
    void ofConcurrentWritersExpectingTheSameVersionExactlyOneWins() throws Exception {
        store.compareAndSet("acme", TOKEN, 0, "rt-1");
        List<Callable<Boolean>> writers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String value = "rt-2-from-" + i;
            writers.add(() -> store.compareAndSet("acme", TOKEN, 1, value));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        int winners = 0;
        try {
            for (Future<Boolean> result : pool.invokeAll(writers, 60, TimeUnit.SECONDS)) {
                winners += result.get() ? 1 : 0;
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(winners).isEqualTo(1);
        assertThat(store.find("acme", TOKEN).orElseThrow().version()).isEqualTo(2);
    }
}
