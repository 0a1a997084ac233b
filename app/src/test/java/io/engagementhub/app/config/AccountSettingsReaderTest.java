package io.engagementhub.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class AccountSettingsReaderTest {

    private static AccountConfiguration copernica(String name, String token, String url, String zone) {
        return new AccountConfiguration(
                name, "copernica", token, url, null, null, zone, null, null, null, null, null, null);
    }

    private static AccountConfiguration constantContact(String name, String secret, String lookback) {
        return new AccountConfiguration(
                name,
                "constantcontact",
                null,
                null,
                null,
                null,
                null,
                null,
                "client-1",
                secret,
                "rt-seed",
                null,
                lookback);
    }

    @Test
    void aCopernicaAccountLeavesWhatItDoesNotConfigureToTheAdaptersDefaults() {
        CopernicaAccount account =
                (CopernicaAccount) AccountSettingsReader.from(List.of(copernica("acme", "tok", null, null)))
                        .get(0);

        assertThat(account.baseUrl()).isNull();
        assertThat(account.v3BaseUrl()).isNull();
        assertThat(account.authUrl()).isNull();
        assertThat(account.timeZone()).isNull();
        assertThat(account.products()).isEmpty();
        assertThat(account.toString()).doesNotContain("tok");
    }

    @Test
    void aConstantContactAccountReadsItsLookbackAndHidesItsSecrets() {
        ConstantContactAccount account =
                (ConstantContactAccount) AccountSettingsReader.from(List.of(constantContact("shop", "s3cret", "30d")))
                        .get(0);

        assertThat(account.lookback()).isEqualTo(Duration.ofDays(30));
        assertThat(account.endpoints().tokenUrl())
                .as("unset: the adapter's default applies")
                .isNull();
        assertThat(account.toString()).doesNotContain("s3cret").doesNotContain("rt-seed");
    }

    @Test
    void everyProblemIsNamedWithItsAccountAndKeyInOneMessage() {
        List<AccountConfiguration> bad = List.of(
                new AccountConfiguration(
                        "x", "mailchimp", null, null, null, null, null, null, null, null, null, null, null),
                copernica("acme", null, "ftp://nowhere", "Mars/Olympus"),
                constantContact("shop", "", "soon"));

        assertThatThrownBy(() -> AccountSettingsReader.from(bad))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageContaining("engagement.accounts.x.provider: unknown provider 'mailchimp'")
                .hasMessageContaining("engagement.accounts.acme.access-token: missing")
                .hasMessageContaining("engagement.accounts.acme.base-url: 'ftp://nowhere' is not valid")
                .hasMessageContaining("engagement.accounts.acme.time-zone: 'Mars/Olympus' is not valid")
                .hasMessageContaining("engagement.accounts.shop.client-secret: missing")
                .hasMessageContaining("engagement.accounts.shop.lookback: 'soon' is not valid");
    }

    @Test
    void anUnknownProductIsNamed() {
        AccountConfiguration account = new AccountConfiguration(
                "acme", "copernica", "tok", null, null, null, null, List.of("ms", "crm"), null, null, null, null, null);

        assertThatThrownBy(() -> AccountSettingsReader.from(List.of(account)))
                .hasMessageContaining("engagement.accounts.acme.products: unknown product 'crm'");
    }

    @Test
    void theSyncScheduleIsADurationOrOff() {
        assertThat(new ScheduleSettings(null, null).interval()).contains(Duration.ofMinutes(15));
        assertThat(new ScheduleSettings("5m", null).interval()).contains(Duration.ofMinutes(5));
        assertThat(new ScheduleSettings("off", null).interval()).isEmpty();
        assertThatThrownBy(() -> new ScheduleSettings("often", null).interval())
                .hasMessageContaining("engagement.sync.every: 'often'");
    }

    @Test
    void syncThreadsDefaultToTwoAndMustBePositive() {
        assertThat(new ScheduleSettings(null, null).threads()).isEqualTo(2);
        assertThat(new ScheduleSettings(null, 4).threads()).isEqualTo(4);
        assertThatThrownBy(() -> new ScheduleSettings(null, 0))
                .hasMessageContaining("engagement.sync.threads: must be at least 1, was 0");
    }
}
