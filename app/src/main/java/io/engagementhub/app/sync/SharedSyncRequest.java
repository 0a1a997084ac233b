package io.engagementhub.app.sync;

import io.engagementhub.domain.model.SyncTarget;
import io.engagementhub.domain.port.in.SyncAccountCommand;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * A targeted sync as it travels in the account's execution on the shared schedule (db-scheduler's
 * task data), so that whichever instance claims the execution runs the target that was asked for:
 * the target, and when the account's regular sync was due before the request took its turn.
 * Written {@code v1;<from>;<to>;<campaign>;<resumeAt>}, absent parts empty, the campaign URL-encoded.
 *
 * @param target the target to re-read
 * @param resumeAt when the regular sync is due again once the targeted run ends, or null for the
 *     schedule's usual next time
 */
record SharedSyncRequest(SyncTarget target, Instant resumeAt) {

    private static final String VERSION = "v1";

    String encode() {
        return String.join(
                ";",
                VERSION,
                text(target.from()),
                text(target.to()),
                target.campaignId() == null ? "" : URLEncoder.encode(target.campaignId(), StandardCharsets.UTF_8),
                text(resumeAt));
    }

    /**
     * The request in {@code data}.
     *
     * @throws IllegalArgumentException if {@code data} is not a request this service wrote
     */
    static SharedSyncRequest decode(String data) {
        String[] parts = data.split(";", -1);
        if (parts.length != 5 || !VERSION.equals(parts[0])) {
            throw new IllegalArgumentException("not a targeted sync request: " + data);
        }
        try {
            String campaign = parts[3].isEmpty() ? null : URLDecoder.decode(parts[3], StandardCharsets.UTF_8);
            return new SharedSyncRequest(
                    new SyncTarget(instant(parts[1]), instant(parts[2]), campaign), instant(parts[4]));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not a targeted sync request: " + data, e);
        }
    }

    /** The command the claiming instance runs for {@code account}. */
    SyncAccountCommand command(String account) {
        return new SyncAccountCommand(account, target.from(), target.to(), target.campaignId());
    }

    private static String text(Instant instant) {
        return instant == null ? "" : instant.toString();
    }

    private static Instant instant(String text) {
        return text.isEmpty() ? null : Instant.parse(text);
    }
}
