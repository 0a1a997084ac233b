package io.engagementhub.domain.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.engagementhub.domain.model.SyncTarget;
import org.junit.jupiter.api.Test;

class UnsupportedTargetExceptionTest {

    private static void requireDigits(String campaign) {
        UnsupportedTargetException.requireCampaignForm(
                new SyncTarget(null, null, campaign), id -> id.matches("[0-9]{1,3}"), "1 to 3 digits");
    }

    @Test
    void aCampaignOfTheSourcesFormPasses() {
        assertThatCode(() -> requireDigits("123")).doesNotThrowAnyException();
    }

    @Test
    void aRefusalNamesTheFieldTheFormAndTheValue() {
        assertThatThrownBy(() -> requireDigits("12a"))
                .isInstanceOfSatisfying(UnsupportedTargetException.class, e -> assertThat(e.field())
                        .isEqualTo("campaign"))
                .hasMessage("1 to 3 digits; was '12a'");
    }

    @Test
    void aLongValueIsRepeatedOnlyInPart() {
        String id = "9".repeat(100_000);

        assertThatThrownBy(() -> requireDigits(id)).hasMessage("1 to 3 digits; was '" + "9".repeat(40) + "…'");
    }
}
