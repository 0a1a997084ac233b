package io.engagementhub.domain.testing;

import io.engagementhub.domain.model.Require;
import io.engagementhub.domain.port.out.SourceStateStore;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** A {@link SourceStateStore} in memory; the reference behaviour for {@link SourceStateStoreContract}. */
public final class InMemorySourceStateStore implements SourceStateStore {

    private final Map<String, String> values = new ConcurrentHashMap<>();

    @Override
    public Optional<String> load(String account, String key) {
        return Optional.ofNullable(values.get(key(account, key)));
    }

    @Override
    public void save(String account, String key, String value) {
        Objects.requireNonNull(value, "source state value must not be null");
        values.put(key(account, key), value);
    }

    /** How many values are saved. */
    public int size() {
        return values.size();
    }

    private static String key(String account, String key) {
        Require.nonBlank(account, "account");
        Require.nonBlank(key, "source state key");
        if (key.length() > MAX_KEY_LENGTH) {
            throw new IllegalArgumentException("source state key longer than " + MAX_KEY_LENGTH + ": " + key);
        }
        return account + "\n" + key;
    }
}
