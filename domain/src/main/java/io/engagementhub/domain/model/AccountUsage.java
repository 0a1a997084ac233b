package io.engagementhub.domain.model;

/**
 * What syncing an account costs: the requests its recent runs sent for the events they stored, and
 * what the provider counts, where it says.
 *
 * @param runs the recent runs counted
 * @param requests the requests those runs sent
 * @param eventsStored the events those runs stored
 * @param provider the provider's own count, or null where it gives none
 */
public record AccountUsage(int runs, long requests, long eventsStored, ProviderUsage provider) {

    /** Requests per 1,000 events stored, or null when the runs stored nothing. */
    public Double requestsPerThousandEvents() {
        return eventsStored == 0 ? null : requests * 1000.0 / eventsStored;
    }
}
