package io.engagementhub.domain.port.out;

import java.util.Optional;

/**
 * Keeps what a source adapter has learnt about an account and wants to keep across restarts, such
 * as which activities a provider's campaigns have: one opaque value per account and key, which
 * only the adapter that wrote it understands. Values are stored as they are, not encrypted: never
 * a secret. A lost value costs the adapter requests to learn it again, never data.
 */
public interface SourceStateStore {

    /** The longest key, in characters. */
    int MAX_KEY_LENGTH = 200;

    /** The value saved under {@code key} for {@code account}, if any. */
    Optional<String> load(String account, String key);

    /** Saves {@code value} under {@code key} for {@code account}, replacing any earlier value. */
    void save(String account, String key, String value);
}
