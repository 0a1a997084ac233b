package io.engagementhub.adapter.constantcontact;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ConstantContactRetryAfterTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    @Test
    void readsSecondsAndHttpDatesAndNothingElse() {
        assertThat(ConstantContactRetryAfter.parse("12", NOW)).isEqualTo(Duration.ofSeconds(12));
        assertThat(ConstantContactRetryAfter.parse(" 0 ", NOW)).isEqualTo(Duration.ZERO);
        assertThat(ConstantContactRetryAfter.parse("Tue, 01 Dec 2026 10:01:00 GMT", NOW))
                .isEqualTo(Duration.ofMinutes(1));
        assertThat(ConstantContactRetryAfter.parse("Tue, 01 Dec 2026 09:00:00 GMT", NOW))
                .isEqualTo(Duration.ZERO);
        assertThat(ConstantContactRetryAfter.parse("later", NOW)).isNull();
        assertThat(ConstantContactRetryAfter.parse("-3", NOW)).isNull();
        assertThat(ConstantContactRetryAfter.parse("99999999999", NOW)).isNull();
    }
}
