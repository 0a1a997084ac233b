package io.engagementhub.domain.testing;

import org.junit.jupiter.api.BeforeEach;

/**
 * The lifecycle every store contract shares: each test gets a {@link #newStore()} of its own, empty,
 * in {@link #store}.
 *
 * @param <S> the port the contract is about
 */
public abstract class StoreContract<S> {

    protected S store;

    /** An empty store, fresh for each test. */
    protected abstract S newStore();

    @BeforeEach
    void createStore() {
        store = newStore();
    }
}
