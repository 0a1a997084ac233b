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
        Require.between(limit, 1, MAX_LIMIT, "limit");
    }

    /** The account's last run only. */
    public static SyncRunsQuery latest(String account) {
        return new SyncRunsQuery(account, 1);
    }
}
