package io.engagementhub.domain.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClientBucketsTest {

    @Test
    void aSmallBreakdownIsKeptWholeLargestFirstTiesByName() {
        Map<String, Long> top = ClientBuckets.top(Map.of("Outlook", 3L, "Gmail", 5L, "Apple Mail", 3L));

        assertThat(top).containsExactly(Map.entry("Gmail", 5L), Map.entry("Apple Mail", 3L), Map.entry("Outlook", 3L));
    }

    @Test
    void theBucketsBeyondTheTopAreSummedAsOther() {
        Map<String, Long> counts = new HashMap<>();
        for (int i = 1; i <= ClientBuckets.TOP + 3; i++) {
            counts.put("client-" + i, (long) i * 10);
        }

        Map<String, Long> top = ClientBuckets.top(counts);

        assertThat(top).hasSize(ClientBuckets.TOP + 1);
        assertThat(top.keySet()).first().isEqualTo("client-13");
        assertThat(top).containsEntry(ClientBuckets.OTHER, 10L + 20L + 30L);
        assertThat(top.values().stream().mapToLong(Long::longValue).sum())
                .isEqualTo(counts.values().stream().mapToLong(Long::longValue).sum());
    }
}
