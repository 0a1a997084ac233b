package io.engagementhub.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ClusterSettingsTest {

    @Test
    void defaultsAreTwoMinutesDeadAfterAndFiveSecondPolls() {
        ClusterSettings settings = new ClusterSettings(null, null, null);

        assertThat(settings.deadAfter()).isEqualTo(Duration.ofMinutes(2));
        assertThat(settings.poll()).isEqualTo(Duration.ofSeconds(5));
        assertThat(settings.heartbeat()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void heartbeatsGoFourTimesPerDeadAfter() {
        assertThat(new ClusterSettings("a", Duration.ofSeconds(8), null).heartbeat())
                .isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void tooShortADeadAfterOrANonPositivePollIsRefusedNamingTheKey() {
        assertThatThrownBy(() -> new ClusterSettings(null, Duration.ofSeconds(1), null))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageContaining("engagement.cluster.dead-after");
        assertThatThrownBy(() -> new ClusterSettings(null, null, Duration.ZERO))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageContaining("engagement.cluster.poll");
    }

    @Test
    void theSharedBudgetLeavesUnsetValuesToTheAdapterAndRefusesSpacingThatWouldExceedFourASecond() {
        ConstantContactBudgetSettings defaults = new ConstantContactBudgetSettings(null, null);

        assertThat(defaults.dailyRequests()).isNull();
        assertThat(defaults.permitPeriod()).isNull();
        assertThatThrownBy(() -> new ConstantContactBudgetSettings(null, Duration.ofMillis(200)))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageContaining("engagement.constantcontact.permit-period");
        assertThatThrownBy(() -> new ConstantContactBudgetSettings(0L, null))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageContaining("engagement.constantcontact.daily-requests");
    }
}
