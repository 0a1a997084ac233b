package io.engagementhub.domain.port.in;

import io.engagementhub.domain.model.Require;

/**
 * Which sync runs to list: the account's newest {@code limit} runs, newest first.
 *
 * @param account the configured account
 * @param limit how many runs, 1 to {@link #MAX_LIMIT}
 */
public record SyncRunsQuery(String account, int limit) {

    /** The most runs one query returns. */
    public static final int MAX_LIMIT = 100;

    /** The runs a listing returns when the caller does not say. */
    public static final int DEFAULT_LIMIT = 20;

    public SyncRunsQuery {
        Require.nonBlank(account, "account");
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ", was " + limit);
        }
    }

    /** The account's last run only. */
    public static SyncRunsQuery latest(String account) {
        return new SyncRunsQuery(account, 1);
    }
}
