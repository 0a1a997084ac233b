package io.engagementhub.domain.service;

import static io.engagementhub.domain.service.MachineClassifierTest.linkAt;
import static io.engagementhub.domain.testing.EngagementEvents.ACCOUNT;
import static io.engagementhub.domain.testing.EngagementEvents.anEvent;
import static org.assertj.core.api.Assertions.assertThat;

import io.engagementhub.domain.model.Checkpoint;
import io.engagementhub.domain.model.EngagementEvent;
import io.engagementhub.domain.model.EngagementType;
import io.engagementhub.domain.model.EventQuery;
import io.engagementhub.domain.model.MachineReason;
import io.engagementhub.domain.model.MachineVerdict;
import io.engagementhub.domain.testing.FixedRanges;
import io.engagementhub.domain.testing.InMemoryEventStore;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Classification across page and stream boundaries: what a rule needs may be stored already. */
class PageClassificationTest {

    final InMemoryEventStore store = new InMemoryEventStore();
    final PageClassification pages = PageClassification.by(
            new MachineClassifier(
                    MachineRules.DEFAULTS, MachineClassifierTest.PARSER, FixedRanges.APPLE, FixedRanges.NONE),
            store);

    void storePage(List<EngagementEvent> events) {
        store.append(ACCOUNT, "s", pages.classify(ACCOUNT, events), Checkpoint.START);
    }

    MachineVerdict storedVerdict(EngagementEvent event) {
        return store.find(EventQuery.all()).items().stream()
                .filter(e -> e.id().equals(event.id()))
                .findFirst()
                .orElseThrow()
                .machine();
    }

    @Test
    void aBurstSplitOverTwoPagesFlagsTheClicksOfTheFirstPageToo() {
        EngagementEvent a = linkAt("https://shop.example/a", Duration.ZERO);
        EngagementEvent b = linkAt("https://shop.example/b", Duration.ofSeconds(1));
        EngagementEvent c = linkAt("https://shop.example/c", Duration.ofSeconds(2));

        storePage(List.of(a, b));
        assertThat(storedVerdict(a)).isEqualTo(MachineVerdict.NONE);
        storePage(List.of(c));

        for (EngagementEvent click : List.of(a, b, c)) {
            assertThat(storedVerdict(click)).isEqualTo(MachineVerdict.of(MachineReason.ALL_LINKS_BURST));
        }
    }

    @Test
    void aDeliveryStoredAfterTheClickMakesTheClickTooFast() {
        EngagementEvent click = linkAt("https://shop.example/a", Duration.ofMillis(800));
        EngagementEvent delivery = anEvent(EngagementType.DELIVERED).build();

        storePage(List.of(click));
        storePage(List.of(delivery));

        assertThat(storedVerdict(click)).isEqualTo(MachineVerdict.of(MachineReason.TOO_FAST));
    }

    @Test
    void noClassificationStoresThePageAsRead() {
        List<EngagementEvent> page = List.of(linkAt("https://shop.example/a", Duration.ZERO));

        assertThat(PageClassification.none().classify(ACCOUNT, page)).isSameAs(page);
    }
}
