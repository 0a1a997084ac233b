package io.engagementhub.domain.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.engagementhub.domain.testing.EngagementEvents;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ProviderTextTest {

    @Test
    void textWithinItsBoundIsKeptAsItIs() {
        assertThat(ProviderText.cut("https://example.com/a", 20)).isEqualTo("https://example.com/");
        assertThat(ProviderText.cut("short", 2000)).isEqualTo("short");
        assertThat(ProviderText.cut(null, 10)).isNull();
    }

    @Test
    void longTextIsCutInUtf8BytesAtAWholeCharacter() {
        String text = "é".repeat(10) + "😀".repeat(10);

        String cut = ProviderText.cut(text, 23);

        assertThat(cut).isEqualTo("é".repeat(10));
        assertThat(ProviderText.cut(text, 24)).isEqualTo("é".repeat(10) + "😀");
        assertThat(ProviderText.cut(text, 27).getBytes(StandardCharsets.UTF_8)).hasSize(24);
    }

    @Test
    void fitsCountsUtf8Bytes() {
        assertThat(ProviderText.fits("a".repeat(200), ProviderText.ID_BYTES)).isTrue();
        assertThat(ProviderText.fits("é".repeat(100), ProviderText.ID_BYTES)).isTrue();
        assertThat(ProviderText.fits("é".repeat(101), ProviderText.ID_BYTES)).isFalse();
    }

    @Test
    void eventPartsKeepToTheBounds() {
        Link link = new Link("https://example.com/?t=" + "x".repeat(5000), "7", null);
        Client client = new Client("1".repeat(500), "A".repeat(5000), DeviceType.DESKTOP, "r".repeat(5000));
        Bounce bounce = new Bounce("c".repeat(500), BounceCategory.HARD, "d".repeat(5000));

        assertThat(link.url()).hasSize(ProviderText.LONG_TEXT_BYTES).startsWith("https://example.com/?t=x");
        assertThat(client.ip()).hasSize(ProviderText.SHORT_TEXT_BYTES);
        assertThat(client.userAgent()).hasSize(ProviderText.CLIENT_TEXT_BYTES);
        assertThat(client.referer()).hasSize(ProviderText.CLIENT_TEXT_BYTES);
        assertThat(bounce.code()).hasSize(ProviderText.SHORT_TEXT_BYTES);
        assertThat(bounce.description()).hasSize(ProviderText.LONG_TEXT_BYTES);
        Recipient recipient = new Recipient("1".repeat(500), "a".repeat(310) + "@Example.com", "2".repeat(500), null);
        assertThat(recipient.id()).hasSize(ProviderText.ID_BYTES);
        assertThat(recipient.email()).hasSize(ProviderText.EMAIL_BYTES).endsWith("@example.c");
        assertThat(recipient.profileId()).hasSize(ProviderText.ID_BYTES);
        assertThat(RecipientSelector.byRecipientId("1".repeat(500))
                        .matches(EngagementEvents.anOpen().recipient(recipient).build()))
                .as("an erasure by the same long id is cut the same way")
                .isTrue();
    }
}
