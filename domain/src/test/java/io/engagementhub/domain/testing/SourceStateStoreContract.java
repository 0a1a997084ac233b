package io.engagementhub.domain.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.engagementhub.domain.port.out.SourceStateStore;
import org.junit.jupiter.api.Test;

/** What every {@link SourceStateStore} must do; extend it with a {@link #newStore()} that is empty. */
public abstract class SourceStateStoreContract extends StoreContract<SourceStateStore> {

    protected static final String KEY = "constantcontact/campaigns";

    @Test
    void loadsNothingBeforeTheFirstSave() {
        assertThat(store.load("acme", KEY)).isEmpty();
    }

    @Test
    void aSaveReplacesTheValueBefore() {
        store.save("acme", KEY, "first");
        store.save("acme", KEY, "second");

        assertThat(store.load("acme", KEY)).contains("second");
    }

    @Test
    void accountsAndKeysAreKeptApart() {
        store.save("acme", KEY, "acme-campaigns");
        store.save("globex", KEY, "globex-campaigns");
        store.save("acme", "other", "acme-other");

        assertThat(store.load("acme", KEY)).contains("acme-campaigns");
        assertThat(store.load("globex", KEY)).contains("globex-campaigns");
        assertThat(store.load("acme", "other")).contains("acme-other");
        assertThat(store.load("initech", KEY)).isEmpty();
    }

    @Test
    void largeValuesWithAnyCharactersAndTheEmptyValueSurvive() {
        String odd = "a|b;c=d\n\tü😀'\"" + "x".repeat(300_000);
        store.save("acme", KEY, odd);
        store.save("acme", "empty", "");

        assertThat(store.load("acme", KEY)).contains(odd);
        assertThat(store.load("acme", "empty")).contains("");
    }

    @Test
    void aBlankOrOverlongKeyIsRefused() {
        assertThatThrownBy(() -> store.save("acme", " ", "v")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.save("acme", "k".repeat(SourceStateStore.MAX_KEY_LENGTH + 1), "v"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.load(" ", KEY)).isInstanceOf(IllegalArgumentException.class);
    }
}
