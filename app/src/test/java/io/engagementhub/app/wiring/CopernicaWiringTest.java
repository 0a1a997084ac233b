package io.engagementhub.app.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import io.engagementhub.adapter.copernica.CopernicaProduct;
import io.engagementhub.adapter.copernica.CopernicaSettings;
import io.engagementhub.app.config.CopernicaAccount;
import java.net.URI;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A Copernica account's configuration becomes the adapter's settings; what it leaves out, the adapter's default. */
class CopernicaWiringTest {

    @Test
    void whatIsNotConfiguredKeepsTheAdaptersDefaults() {
        CopernicaSettings settings = SourcesFactory.copernicaSettings(
                new CopernicaAccount("acme", "token", null, null, null, null, Set.of()));

        assertThat(settings.endpoints().base()).isEqualTo(CopernicaSettings.DEFAULT_BASE_URL);
        assertThat(settings.endpoints().version()).isEqualTo(4);
        assertThat(settings.zone()).isEqualTo(ZoneId.of("Europe/Amsterdam"));
        assertThat(settings.reading().products()).containsExactlyInAnyOrder(CopernicaProduct.values());
    }

    @Test
    void whatIsConfiguredIsUsed() {
        URI v2 = URI.create("http://127.0.0.1:1/v2");
        URI v3 = URI.create("http://127.0.0.1:1/v3");
        CopernicaSettings settings = SourcesFactory.copernicaSettings(
                new CopernicaAccount("acme", "token", v2, v3, null, ZoneId.of("UTC"), Set.of("publisher")));

        assertThat(settings.endpoints().base()).isEqualTo(v2);
        assertThat(settings.endpoints().v3()).isEqualTo(v3);
        assertThat(settings.zone()).isEqualTo(ZoneId.of("UTC"));
        assertThat(settings.reading().products()).containsExactly(CopernicaProduct.PUBLISHER);
    }
}
