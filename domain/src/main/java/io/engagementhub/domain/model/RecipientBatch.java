package io.engagementhub.domain.model;

import java.util.List;

/**
 * Some stored recipients, in the store's order, and where the next batch starts.
 *
 * @param recipients the recipients
 * @param next the position after the last of them, or null when there are no more
 */
public record RecipientBatch(List<RecipientRef> recipients, String next) {

    public RecipientBatch {
        recipients = List.copyOf(recipients);
        Require.nullOrNonBlank(next, "next");
    }
}
