package io.engagementhub.adapter.constantcontact;

import io.engagementhub.domain.model.Bounce;
import io.engagementhub.domain.model.BounceCategory;
import io.engagementhub.domain.model.Client;
import io.engagementhub.domain.model.DeviceType;
import io.engagementhub.domain.model.EngagementEvent;
import io.engagementhub.domain.model.EngagementType;
import io.engagementhub.domain.model.EventId;
import io.engagementhub.domain.model.Link;
import io.engagementhub.domain.model.Provider;
import io.engagementhub.domain.model.Recipient;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * Maps tracking-report rows to events. The event type comes from the report, never from {@code
 * tracking_activity_type}; bounce code {@code V} (an auto-reply) is a delivery, not a bounce.
 */
final class ConstantContactEventMapper {

    private final String account;

    ConstantContactEventMapper(String account) {
        this.account = account;
    }

    /** The row's time, whole minutes; throws {@link IllegalArgumentException} when missing or not ISO-8601. */
    static Instant minuteOf(ConstantContactTrackingActivity row) {
        if (row.createdTime() == null || row.createdTime().isBlank()) {
            throw new IllegalArgumentException("row without created_time");
        }
        try {
            return OffsetDateTime.parse(row.createdTime().trim()).toInstant().truncatedTo(ChronoUnit.MINUTES);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("created_time is not an ISO-8601 date-time: " + row.createdTime());
        }
    }

    /** The event of {@code row}, listed in the report of {@code key}; {@code parentCampaignId} may be null. */
    EngagementEvent map(
            ConstantContactTrackingActivity row, ConstantContactStreamKey key, String parentCampaignId, EventId id) {
        if (row.contactId() == null || row.contactId().isBlank()) {
            throw new IllegalArgumentException("row without contact_id");
        }
        boolean autoReply = key.report() == ConstantContactReport.BOUNCES && "V".equalsIgnoreCase(row.bounceCode());
        var builder = EngagementEvent.builder()
                .id(id)
                .account(account)
                .provider(Provider.CONSTANT_CONTACT)
                .type(autoReply ? EngagementType.DELIVERED : key.report().type())
                .occurredAt(minuteOf(row))
                .campaignId(key.activityId())
                .parentCampaignId(parentCampaignId)
                .recipient(new Recipient(row.contactId(), row.emailAddress(), null, null));
        switch (key.report()) {
            case OPENS -> builder.client(client(row));
            case CLICKS -> builder.client(client(row)).link(link(row));
            case BOUNCES -> builder.bounce(bounce(row.bounceCode()));
            default -> {
                // sends, opt-outs and forwards carry no client, link or bounce details
            }
        }
        return builder.build();
    }

    private static Client client(ConstantContactTrackingActivity row) {
        return new Client(null, null, DeviceType.fromLabel(row.deviceType()), null);
    }

    private static Link link(ConstantContactTrackingActivity row) {
        if (row.linkUrl() == null || row.linkUrl().isBlank()) {
            throw new IllegalArgumentException("click row without link_url");
        }
        return new Link(row.linkUrl(), row.urlId(), null);
    }

    static Bounce bounce(String code) {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("bounce row without bounce_code");
        }
        return switch (code.trim().toUpperCase(Locale.ROOT)) {
            case "B" -> new Bounce("B", BounceCategory.HARD, "address does not exist");
            case "D" -> new Bounce("D", BounceCategory.HARD, "undeliverable");
            case "F" -> new Bounce("F", BounceCategory.SOFT, "mailbox full");
            case "S" -> new Bounce("S", BounceCategory.HARD, "suspended after repeated non-existent bounces");
            case "V" -> new Bounce("V", BounceCategory.AUTO_REPLY, "vacation or auto-reply; the mail was delivered");
            case "Z" -> new Bounce("Z", BounceCategory.BLOCKED, "blocked");
            default -> new Bounce(code.trim(), BounceCategory.UNKNOWN, "other reason");
        };
    }
}
