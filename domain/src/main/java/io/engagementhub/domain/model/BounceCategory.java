package io.engagementhub.domain.model;

/** Why a message was not delivered, in categories common to all providers. */
public enum BounceCategory {
    /** Permanent: the address does not exist or the domain does not accept mail. */
    HARD,
    /** Temporary: mailbox full, server busy, message too large. */
    SOFT,
    /** The receiving side refused the message (policy, spam filter, blocklist). */
    BLOCKED,
    /** A vacation or other auto-reply: the message <em>was</em> delivered, so it is not a failure. */
    AUTO_REPLY,
    /** The provider gave no usable reason. */
    UNKNOWN;

    /** Whether this category means the message did not reach the mailbox. */
    public boolean isFailure() {
        return this != AUTO_REPLY;
    }
}
