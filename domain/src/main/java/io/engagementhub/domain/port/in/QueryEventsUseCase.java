package io.engagementhub.domain.port.in;

import io.engagementhub.domain.model.EventPage;
import io.engagementhub.domain.model.EventQuery;
import io.engagementhub.domain.model.SyncRun;
import io.engagementhub.domain.model.SyncRunId;
import java.util.List;
import java.util.Optional;

/** Answers what happened: stored events and the history of sync runs. */
public interface QueryEventsUseCase {

    /**
     * One page of the events matching {@code query}; pass the page's cursor back for the next.
     *
     * @throws UnknownAccountException if the query names an account that is not configured
     */
    EventPage events(EventQuery query);

    /** The sync run with this id, if there is one. */
    Optional<SyncRun> run(SyncRunId id);

    /**
     * The account's most recent sync runs, newest first.
     *
     * @throws UnknownAccountException if no such account is configured
     */
    List<SyncRun> recentRuns(String account, int limit);
}
