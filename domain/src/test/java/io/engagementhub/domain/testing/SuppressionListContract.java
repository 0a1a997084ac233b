package io.engagementhub.domain.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.engagementhub.domain.model.EngagementEvent;
import io.engagementhub.domain.model.EventId;
import io.engagementhub.domain.model.Recipient;
import io.engagementhub.domain.model.RecipientSelector;
import io.engagementhub.domain.port.out.SuppressionList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link SuppressionList} does; run against the fake and against each real store. */
public abstract class SuppressionListContract {

    private SuppressionList list;

    protected abstract SuppressionList newList();

    @BeforeEach
    void createList() {
        list = newList();
    }

    private static EngagementEvent eventOf(String id, String recipientId, String email) {
        return EngagementEvents.anOpen()
                .id(EventId.of("test", "opens", id))
                .recipient(new Recipient(recipientId, email, null, null))
                .build();
    }

    private final EngagementEvent ann = eventOf("1", "r-ann", "ann@example.org");
    private final EngagementEvent bob = eventOf("2", "r-bob", "bob@example.org");
    private final EngagementEvent idOnly = eventOf("3", "r-carl", null);

    @Test
    void withNothingSuppressedEveryEventIsKept() {
        assertThat(list.withoutSuppressed(EngagementEvents.ACCOUNT, List.of(ann, bob, idOnly)))
                .containsExactly(ann, bob, idOnly);
    }

    @Test
    void aRecipientSuppressedByIdLosesItsEventsOnly() {
        list.suppress(EngagementEvents.ACCOUNT, RecipientSelector.byRecipientId("r-carl"));

        assertThat(list.withoutSuppressed(EngagementEvents.ACCOUNT, List.of(ann, idOnly, bob)))
                .containsExactly(ann, bob);
    }

    @Test
    void aRecipientSuppressedByEmailLosesItsEventsWhateverTheCaseOfTheAddress() {
        list.suppress(EngagementEvents.ACCOUNT, RecipientSelector.byEmail("  ANN@Example.org "));

        assertThat(list.withoutSuppressed(EngagementEvents.ACCOUNT, List.of(ann, bob, idOnly)))
                .containsExactly(bob, idOnly);
    }

    @Test
    void suppressionIsPerAccount() {
        list.suppress("other-account", RecipientSelector.byEmail("ann@example.org"));
        list.suppress("other-account", RecipientSelector.byRecipientId("r-bob"));

        assertThat(list.withoutSuppressed(EngagementEvents.ACCOUNT, List.of(ann, bob)))
                .containsExactly(ann, bob);
    }

    @Test
    void suppressingTwiceIsHarmless() {
        list.suppress(EngagementEvents.ACCOUNT, RecipientSelector.byRecipientId("r-ann"));
        list.suppress(EngagementEvents.ACCOUNT, RecipientSelector.byRecipientId("r-ann"));

        assertThat(list.withoutSuppressed(EngagementEvents.ACCOUNT, List.of(ann, bob)))
                .containsExactly(bob);
    }

    @Test
    void wildcardCharactersMatchNothingButThemselves() {
        list.suppress(EngagementEvents.ACCOUNT, RecipientSelector.byRecipientId("%"));
        list.suppress(EngagementEvents.ACCOUNT, RecipientSelector.byRecipientId("r-_nn"));
        list.suppress(EngagementEvents.ACCOUNT, RecipientSelector.byEmail("*@example.org"));

        assertThat(list.withoutSuppressed(EngagementEvents.ACCOUNT, List.of(ann, bob, idOnly)))
                .containsExactly(ann, bob, idOnly);
    }
}
