package io.engagementhub.domain.service;

import io.engagementhub.domain.model.Checkpoint;
import io.engagementhub.domain.model.EngagementEvent;
import io.engagementhub.domain.model.SourcePage;
import io.engagementhub.domain.port.out.EngagementSourceException;

/** What the engine checks of every page a source gives, before anything of it is stored. */
final class PageCheck {

    private PageCheck() {}

    /**
     * @throws EngagementSourceException if the page holds another account's event, or is an empty
     *     page with more to come at the position it was read from (the source makes no progress)
     */
    static void verify(String account, SourcePage page, Checkpoint current, Checkpoint next) {
        for (EngagementEvent event : page.events()) {
            if (!account.equals(event.account())) {
                throw new EngagementSourceException(
                        "source returned event " + event.id() + " of account '" + event.account() + "'");
            }
        }
        if (page.hasMore() && page.events().isEmpty() && next.position().equals(current.position())) {
            throw new EngagementSourceException(
                    "source made no progress: an empty page with more to come at the same position");
        }
    }
}
