package io.engagementhub.domain.model;

import static io.engagementhub.domain.testing.EngagementEvents.aBounce;
import static io.engagementhub.domain.testing.EngagementEvents.aClick;
import static io.engagementhub.domain.testing.EngagementEvents.anEvent;
import static io.engagementhub.domain.testing.EngagementEvents.anOpen;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class EngagementEventTest {

    @Test
    void aClickWithoutALinkIsRejected() {
        assertThatThrownBy(() -> aClick().link(null).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("a click needs a link");
    }

    @Test
    void anEventWithoutATimeIsRejected() {
        assertThatThrownBy(() -> anOpen().occurredAt(null).build())
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("occurredAt");
    }

    @Test
    void anEventWithoutAccountCampaignOrRecipientIsRejected() {
        assertThatThrownBy(() -> anOpen().account(" ").build()).hasMessageContaining("account");
        assertThatThrownBy(() -> anOpen().campaignId(null).build()).hasMessageContaining("campaign id");
        assertThatThrownBy(() -> anOpen().recipient(null).build()).hasMessageContaining("recipient");
        assertThatThrownBy(() -> Recipient.withId("")).hasMessageContaining("recipient id");
    }

    @Test
    void aBounceNeedsBounceDetailsAndOnlyBouncesAndAutoRepliesHaveThem() {
        assertThatThrownBy(() -> aBounce().bounce(null).build()).hasMessageContaining("bounce needs bounce details");
        Bounce hard = new Bounce("5.1.1", BounceCategory.HARD, null);
        assertThatThrownBy(() -> anOpen().bounce(hard).build()).hasMessageContaining("no auto-reply delivery");
        assertThatThrownBy(() -> anEvent(EngagementType.DELIVERED).bounce(hard).build())
                .hasMessageContaining("no auto-reply delivery");

        EngagementEvent autoReply = anEvent(EngagementType.DELIVERED)
                .bounce(new Bounce("V", BounceCategory.AUTO_REPLY, null))
                .build();
        assertThat(autoReply.bounce().category().isFailure()).isFalse();
    }

    @Test
    void timesAreKeptToTheMicrosecond() {
        EngagementEvent event = anOpen().occurredAt(Instant.parse("2026-01-01T00:00:00.123456789Z"))
                .build();

        assertThat(event.occurredAt()).isEqualTo(Instant.parse("2026-01-01T00:00:00.123456Z"));
    }

    @Test
    void linksMayBeTemplatesThatAreNoUri() {
        assertThat(aClick().link(Link.to("{webversion}")).build().link().url()).isEqualTo("{webversion}");
    }

    @Test
    void emailsAreComparedInLowerCase() {
        assertThat(new Recipient("1", "  Ann@Example.COM ", null, null).email()).isEqualTo("ann@example.com");
    }

    @Test
    void eventIdsAreJoinedFromPartsAndRejectAmbiguousParts() {
        assertThat(EventId.of("copernica", "ms", "clicks", "4711").value()).isEqualTo("copernica:ms:clicks:4711");
        assertThatThrownBy(() -> EventId.of("a:b")).hasMessageContaining("must not contain ':'");
        assertThatThrownBy(() -> EventId.of("a", " ")).hasMessageContaining("must not be blank");
        assertThatThrownBy(() -> new EventId("x".repeat(201))).hasMessageContaining("longer than 200");
    }

    @Test
    void aCopyWithOneChangeKeepsEverythingElse() {
        EngagementEvent click = aClick().build();

        EngagementEvent moved = click.toBuilder().campaignId("other").build();

        assertThat(moved)
                .isEqualTo(new EngagementEvent(
                        click.id(),
                        click.account(),
                        click.provider(),
                        click.product(),
                        click.type(),
                        click.occurredAt(),
                        "other",
                        click.parentCampaignId(),
                        click.recipient(),
                        click.link(),
                        click.client(),
                        click.bounce(),
                        click.providerEventId(),
                        click.machine()));
    }
}
