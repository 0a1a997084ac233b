package io.engagementhub.domain.port.out;

import io.engagementhub.domain.model.CampaignDetails;
import io.engagementhub.domain.model.Checkpoint;
import io.engagementhub.domain.model.Discovery;
import io.engagementhub.domain.model.ProviderTotalsRead;
import io.engagementhub.domain.model.ProviderUsage;
import io.engagementhub.domain.model.ReportDefinition;
import io.engagementhub.domain.model.SourcePage;
import io.engagementhub.domain.model.Stream;
import java.util.Optional;
import java.util.Set;

/**
 * One provider account's events, split into streams that are read page by page. One instance
 * serves one account; implementations must be safe to call from one sync at a time.
 *
 * <p>Failures: {@link AccessDeniedException} and {@link QuotaExhaustedException} end the sync of the
 * whole account; any other {@link EngagementSourceException} fails only the stream being read.
 */
public interface EngagementSource {

    /** Finds the account's streams as they are now, each with its change fingerprint if known. */
    Discovery discover();

    /**
     * Reads the page that follows {@code from}. Reading again from the same checkpoint must give
     * events with the same ids (the store ignores those it has), so a crash after a read and before
     * its page was stored loses nothing.
     */
    SourcePage read(Stream stream, Checkpoint from);

    /**
     * The details (name, subject, send time, recipients) of the account's campaigns that may have
     * changed since the previous call, for the engine to store beside the events; called after the
     * streams are read. Failures are thrown as by {@link #read}; the events stay stored.
     */
    default CampaignDetails campaigns() {
        return CampaignDetails.NONE;
    }

    /**
     * What the provider counts of this account's API use, where it offers such a count; a source
     * asks the provider at most once a day and answers from what it read in between. Empty where
     * the provider counts nothing, or the count could not be read (logged by the source).
     */
    default Optional<ProviderUsage> usage() {
        return Optional.empty();
    }

    /**
     * The provider's own totals of each of {@code campaignIds} (as events name them), where its API
     * gives them, for the engine to check the stored events against; called at most once per sync,
     * after the streams are read. Only types the source reads as events are counted. Failures are
     * thrown as by {@link #read}; a campaign the provider has no totals for is left out.
     */
    default ProviderTotalsRead totals(Set<String> campaignIds) {
        return ProviderTotalsRead.NONE;
    }

    /** How this provider's own campaign report defines its figures, so that ours mean the same. */
    default ReportDefinition reports() {
        return ReportDefinition.EVENTS;
    }

    /** How this provider re-reads a target; by default it cannot. */
    default TargetedRead targeted() {
        return TargetedRead.NONE;
    }
}
