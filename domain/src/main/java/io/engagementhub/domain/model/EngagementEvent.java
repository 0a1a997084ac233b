package io.engagementhub.domain.model;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * One engagement event of one recipient with one mailing, normalized across providers. Optional
 * parts ({@code link}, {@code client}, {@code bounce}, and the nullable texts) are null where the
 * event type or the provider has none. Build one with {@link #builder()}.
 *
 * <p>Invariants checked here: every required part is present; a click has a link; a bounce has
 * bounce details; bounce details appear only on a bounce or on a delivery that was an auto-reply
 * (Constant Contact bounce code {@code V}: delivered, not a failure). {@code occurredAt} is kept
 * to the microsecond, the precision both stores keep.
 *
 * @param id deterministic id, unique within the account (see {@link EventId})
 * @param account the configured account name (one provider login)
 * @param provider the provider the event came from
 * @param product the provider's product (Copernica {@code ms} or {@code publisher}), or null
 * @param type what happened
 * @param occurredAt when it happened, in UTC
 * @param campaignId the mailing as sent: Copernica {@code mailing}/{@code emailing}, Constant
 *     Contact {@code campaign_activity_id}
 * @param parentCampaignId Constant Contact's {@code campaign_id} of that activity, or null
 * @param recipient who it happened to
 * @param link the clicked link (clicks only)
 * @param client the mail client (opens and clicks, where known)
 * @param bounce why it bounced (bounces and auto-replies)
 * @param providerEventId the provider's own id where it has one (Copernica {@code ID}), or null
 * @param machine what the machine-event rules found ({@link MachineVerdict#NONE} until classified)
 */
public record EngagementEvent(
        EventId id,
        String account,
        Provider provider,
        String product,
        EngagementType type,
        Instant occurredAt,
        String campaignId,
        String parentCampaignId,
        Recipient recipient,
        Link link,
        Client client,
        Bounce bounce,
        String providerEventId,
        MachineVerdict machine) {

    public EngagementEvent {
        machine = machine == null ? MachineVerdict.NONE : machine;
        Objects.requireNonNull(id, "event id must not be null");
        Require.nonBlank(account, "account");
        Objects.requireNonNull(provider, "provider must not be null (event " + id + ")");
        Require.nullOrNonBlank(product, "product");
        Objects.requireNonNull(type, "event type must not be null (event " + id + ")");
        Objects.requireNonNull(occurredAt, "occurredAt must not be null (event " + id + ")");
        occurredAt = occurredAt.truncatedTo(ChronoUnit.MICROS);
        campaignId = ProviderText.cut(Require.nonBlank(campaignId, "campaign id"), ProviderText.ID_BYTES);
        parentCampaignId =
                ProviderText.cut(Require.nullOrNonBlank(parentCampaignId, "parent campaign id"), ProviderText.ID_BYTES);
        Objects.requireNonNull(recipient, "recipient must not be null (event " + id + ")");
        Require.nullOrNonBlank(providerEventId, "provider event id");
        if (type == EngagementType.CLICKED && link == null) {
            throw new IllegalArgumentException("a click needs a link (event " + id + ")");
        }
        if (type == EngagementType.BOUNCED && bounce == null) {
            throw new IllegalArgumentException("a bounce needs bounce details (event " + id + ")");
        }
        if (bounce != null && !bounceAllowed(type, bounce)) {
            throw new IllegalArgumentException(
                    "bounce details on a " + type + " that is no auto-reply delivery (event " + id + ")");
        }
    }

    private static boolean bounceAllowed(EngagementType type, Bounce bounce) {
        return type == EngagementType.BOUNCED
                || (type == EngagementType.DELIVERED && bounce.category() == BounceCategory.AUTO_REPLY);
    }

    /** This event with {@code verdict} as what the machine-event rules found. */
    public EngagementEvent withMachine(MachineVerdict verdict) {
        return toBuilder().machine(verdict).build();
    }

    /** This event with {@code value} as its client. */
    public EngagementEvent withClient(Client value) {
        return toBuilder().client(value).build();
    }

    /** A builder with nothing set. */
    public static EngagementEventBuilder builder() {
        return new EngagementEventBuilder();
    }

    /** A builder holding this event's values, for copies that differ in a few parts. */
    public EngagementEventBuilder toBuilder() {
        return new EngagementEventBuilder(this);
    }
}
