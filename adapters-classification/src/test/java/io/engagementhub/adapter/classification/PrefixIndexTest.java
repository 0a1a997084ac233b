package io.engagementhub.adapter.classification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class PrefixIndexTest {

    final PrefixIndex index =
            PrefixIndex.of(List.of("17.0.0.0/8", "172.224.224.0/27", "2a02:26f7:b3c0:4000::/64", "192.0.2.7"));

    @Test
    void findsIpv4AddressesInsideTheirPrefixesOnly() {
        assertThat(index.contains("17.58.101.4")).isTrue();
        assertThat(index.contains("17.255.255.255")).isTrue();
        assertThat(index.contains("18.0.0.1")).isFalse();
        assertThat(index.contains("172.224.224.31")).isTrue();
        assertThat(index.contains("172.224.224.32")).isFalse();
        assertThat(index.contains("192.0.2.7")).isTrue();
        assertThat(index.contains("192.0.2.8")).isFalse();
    }

    @Test
    void findsIpv6AddressesInsideTheirPrefixesOnly() {
        assertThat(index.contains("2a02:26f7:b3c0:4000::1")).isTrue();
        assertThat(index.contains("2a02:26f7:b3c0:4000:ffff:ffff:ffff:ffff")).isTrue();
        assertThat(index.contains("2a02:26f7:b3c0:4001::1")).isFalse();
        assertThat(index.contains("2a03:e280:0:1::1")).isFalse();
    }

    @Test
    void anythingButAnAddressLiteralIsInNoRange() {
        assertThat(index.contains("0.0.0.0")).isFalse();
        assertThat(index.contains("17.0.0.300")).isFalse();
        assertThat(index.contains("apple.com")).isFalse();
        assertThat(index.contains("")).isFalse();
        assertThat(index.contains(null)).isFalse();
    }

    @Test
    void aBadPrefixIsNamed() {
        assertThatThrownBy(() -> PrefixIndex.of(List.of("17.0.0.0/33")))
                .hasMessageContaining("'17.0.0.0/33'")
                .hasMessageContaining("0 to 32");
        assertThatThrownBy(() -> PrefixIndex.of(List.of("example.org/8"))).hasMessageContaining("'example.org/8'");
    }
}
