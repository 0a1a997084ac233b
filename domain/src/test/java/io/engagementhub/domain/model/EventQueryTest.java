package io.engagementhub.domain.model;

import static io.engagementhub.domain.testing.EngagementEvents.anOpen;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventQueryTest {

    @Test
    void aCursorSurvivesItsOpaqueForm() {
        EngagementEvent event = anOpen().occurredAt(Instant.parse("2026-10-25T00:30:00.000001Z"))
                .build();
        EventCursor cursor = EventCursor.after(event);

        assertThat(EventCursor.decode(cursor.encode())).isEqualTo(cursor);
        assertThat(cursor.encode()).matches("[A-Za-z0-9_-]+");
    }

    @Test
    void aCursorThatWasNotIssuedHereIsRejected() {
        assertThatThrownBy(() -> EventCursor.decode("not a cursor!"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cursor is not one this service issued");
        assertThatThrownBy(() -> EventCursor.decode("aGVsbG8"))
                .hasMessageContaining("cursor is not one this service issued");
    }

    @Test
    void aCursorOfTheRightShapeHoldingWhatNoStoredEventHoldsIsRejected() {
        for (String forged : List.of(
                "+10000-01-01T00:00:00Z\ne1\nacme",
                "2026-10-20T00:00:00Z\ne\u00001\nacme",
                "2026-10-20T00:00:00Z\ne1\nac\tme")) {
            String encoded =
                    Base64.getUrlEncoder().withoutPadding().encodeToString(forged.getBytes(StandardCharsets.UTF_8));
            assertThatThrownBy(() -> EventCursor.decode(encoded))
                    .as(forged)
                    .hasMessageContaining("cursor is not one this service issued");
        }
        String campaign = Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString("0000-12-31T00:00:00Z\n1000".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> CampaignCursor.decode(campaign))
                .hasMessageContaining("cursor is not one this service issued");
    }

    @Test
    void theLimitMustBeBetweenOneAndAThousand() {
        assertThatThrownBy(() -> EventQuery.all().withLimit(0))
                .hasMessageContaining("limit must be between 1 and 1000");
        assertThatThrownBy(() -> EventQuery.all().withLimit(1001)).hasMessageContaining("was 1001");
        assertThat(EventQuery.all().withLimit(1000).limit()).isEqualTo(1000);
    }

    @Test
    void aTimeRangeMustNotBeEmptyOrReversed() {
        Instant t = Instant.parse("2026-01-01T00:00:00Z");

        assertThatThrownBy(() -> EventQuery.all().between(t, t)).hasMessageContaining("from must be before to");
    }

    @Test
    void theCursorExcludesEverythingUpToAndIncludingItsEvent() {
        EngagementEvent first = anOpen().build();
        EngagementEvent later =
                anOpen().occurredAt(first.occurredAt().plusNanos(1000)).build();

        EventQuery next = EventQuery.all().after(EventCursor.after(first));

        assertThat(next.matches(first)).isFalse();
        assertThat(next.matches(later)).isTrue();
    }
}
