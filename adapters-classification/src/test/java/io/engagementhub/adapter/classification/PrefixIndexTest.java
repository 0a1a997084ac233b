package io.engagementhub.adapter.classification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PrefixIndexTest {

    final PrefixIndex index =
            PrefixIndex.of(List.of("17.0.0.0/8", "172.224.224.0/27", "2a02:26f7:b3c0:4000::/64", "192.0.2.7"));

    @ParameterizedTest
    @ValueSource(
            strings = {
                "17.58.101.4",
                "17.255.255.255",
                "172.224.224.31",
                "192.0.2.7",
                "2a02:26f7:b3c0:4000::1",
                "2a02:26f7:b3c0:4000:ffff:ffff:ffff:ffff"
            })
    void findsIpv4AndIpv6AddressesInsideTheirPrefixes(String address) {
        assertThat(index.contains(address)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"18.0.0.1", "172.224.224.32", "192.0.2.8", "2a02:26f7:b3c0:4001::1", "2a03:e280:0:1::1"})
    void findsNoAddressJustOutsideThem(String address) {
        assertThat(index.contains(address)).isFalse();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"0.0.0.0", "17.0.0.300", "apple.com"})
    void anythingButAnAddressLiteralIsInNoRange(String text) {
        assertThat(index.contains(text)).isFalse();
    }

    @Test
    void aBadPrefixIsNamed() {
        assertThatThrownBy(() -> PrefixIndex.of(List.of("17.0.0.0/33")))
                .hasMessageContaining("'17.0.0.0/33'")
                .hasMessageContaining("0 to 32");
        assertThatThrownBy(() -> PrefixIndex.of(List.of("example.org/8"))).hasMessageContaining("'example.org/8'");
    }
}
