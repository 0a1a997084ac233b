package io.engagementhub.domain.port.in;

import io.engagementhub.domain.model.SyncTarget;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * A request to sync one account: a regular sync (new events since the checkpoints), or a targeted
 * re-read of a time range and/or a campaign. Checked once, here, at the precision the stores keep
 * (the microsecond); whether the account exists, {@code from} lies before now, and the provider
 * can narrow the target is checked by the use case.
 *
 * @param account the configured account's name
 * @param from targeted: events at or after this time, or null
 * @param to targeted: events before this time, or null
 * @param campaign targeted: only this campaign, or null
 */
public record SyncAccountCommand(String account, Instant from, Instant to, String campaign) {

    public SyncAccountCommand {
        if (account == null || account.isBlank()) {
            throw new IllegalArgumentException("account must not be blank");
        }
        campaign = campaign == null || campaign.isBlank() ? null : campaign.strip();
        from = from == null ? null : from.truncatedTo(ChronoUnit.MICROS);
        to = to == null ? null : to.truncatedTo(ChronoUnit.MICROS);
        if (from != null && to != null && !from.isBefore(to)) {
            throw new InvalidSyncTargetException("to", "must be after 'from' (" + from + ")");
        }
    }

    /** A regular sync of {@code account}. */
    public static SyncAccountCommand regular(String account) {
        return new SyncAccountCommand(account, null, null, null);
    }

    /** The target of a targeted re-read, or empty for a regular sync. */
    public Optional<SyncTarget> target() {
        return from == null && to == null && campaign == null
                ? Optional.empty()
                : Optional.of(new SyncTarget(from, to, campaign));
    }
}
