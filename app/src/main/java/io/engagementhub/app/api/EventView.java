package io.engagementhub.app.api;

import io.engagementhub.domain.model.Bounce;
import io.engagementhub.domain.model.Client;
import io.engagementhub.domain.model.EngagementEvent;
import io.engagementhub.domain.model.Link;
import io.engagementhub.domain.model.MachineReason;
import io.engagementhub.domain.model.MachineVerdict;
import io.engagementhub.domain.model.Recipient;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;

/**
 * One event as the API shows it; optional parts are null. {@code campaignName} is the campaign's
 * stored name, or its subject where the provider gives no name, or null while no details are stored.
 */
@Serdeable
public record EventView(
        String id,
        String account,
        String provider,
        @Nullable String product,
        String type,
        Instant occurredAt,
        String campaignId,
        @Nullable String campaignName,
        @Nullable String parentCampaignId,
        RecipientView recipient,
        @Nullable LinkView link,
        @Nullable ClientView client,
        @Nullable BounceView bounce,
        @Nullable String providerEventId,
        MachineView machine) {

    @Serdeable
    public record RecipientView(
            String id, @Nullable String email, @Nullable String profileId, @Nullable String subprofileId) {}

    @Serdeable
    public record LinkView(String url, @Nullable String id, @Nullable String title) {}

    /**
     * What a user agent says ({@code deviceClass} … {@code agentClass}) comes from parsing it; null
     * where it says nothing, and always for clients without one (Constant Contact).
     */
    @Serdeable
    public record ClientView(
            @Nullable String ip,
            @Nullable String userAgent,
            String deviceType,
            @Nullable String referer,
            @Nullable String deviceClass,
            @Nullable String operatingSystem,
            @Nullable String agentName,
            @Nullable String agentVersion,
            @Nullable String agentClass) {}

    /**
     * What the machine-event rules found: {@code flagged} when the event counts as a machine's;
     * {@code reasons} every reason that applies ({@code IMAGE_PROXY} alone leaves it human).
     */
    @Serdeable
    public record MachineView(boolean flagged, List<String> reasons) {

        static MachineView of(MachineVerdict verdict) {
            return new MachineView(
                    verdict.flagged(),
                    verdict.ordered().stream().map(MachineReason::name).toList());
        }
    }

    @Serdeable
    public record BounceView(@Nullable String code, String category, @Nullable String description) {}

    static EventView of(EngagementEvent e) {
        return of(e, null);
    }

    static EventView of(EngagementEvent e, @Nullable String campaignName) {
        Recipient r = e.recipient();
        return new EventView(
                e.id().value(),
                e.account(),
                e.provider().name(),
                e.product(),
                e.type().name(),
                e.occurredAt(),
                e.campaignId(),
                campaignName,
                e.parentCampaignId(),
                new RecipientView(r.id(), r.email(), r.profileId(), r.subprofileId()),
                link(e.link()),
                client(e.client()),
                bounce(e.bounce()),
                e.providerEventId(),
                MachineView.of(e.machine()));
    }

    private static LinkView link(Link link) {
        return link == null ? null : new LinkView(link.url(), link.id(), link.title());
    }

    private static ClientView client(Client c) {
        return c == null
                ? null
                : new ClientView(
                        c.ip(),
                        c.userAgent(),
                        c.deviceType().name(),
                        c.referer(),
                        c.parsed().deviceClass(),
                        c.parsed().operatingSystem(),
                        c.parsed().agentName(),
                        c.parsed().agentVersion(),
                        c.parsed().agentClass());
    }

    private static BounceView bounce(Bounce b) {
        return b == null ? null : new BounceView(b.code(), b.category().name(), b.description());
    }
}
