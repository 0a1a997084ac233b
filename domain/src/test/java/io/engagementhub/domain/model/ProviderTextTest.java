package io.engagementhub.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
    void anIdBeyondItsBoundIsRefusedNamingIt() {
        assertThat(ProviderText.bounded("a".repeat(200), ProviderText.ID_BYTES, "recipient id"))
                .hasSize(200);
        assertThatThrownBy(() -> ProviderText.bounded("é".repeat(101), ProviderText.ID_BYTES, "recipient id"))
                .hasMessage("recipient id is longer than 200 bytes");
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
        assertThatThrownBy(() -> Recipient.withId("1".repeat(201))).hasMessageContaining("recipient id");
        assertThatThrownBy(() -> new Recipient("1", "a".repeat(310) + "@example.com", null, null))
                .hasMessageContaining("email");
        assertThatThrownBy(() -> RecipientSelector.byRecipientId("1".repeat(201)))
                .hasMessageContaining("recipient id");
    }
}
