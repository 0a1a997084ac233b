package io.engagementhub.domain.model;

/** Where a sync run stands. */
public enum SyncStatus {
    /** Started and not finished. */
    RUNNING,
    /** Every stream was read to its end or found unchanged. */
    SUCCEEDED,
    /** Nothing was synced: the account failed as a whole, or every stream failed. */
    FAILED,
    /** Some streams were synced, others failed, or the run stopped early (stop request, quota). */
    PARTIAL
}
