package io.engagementhub.domain.testing;

import io.engagementhub.domain.port.out.AddressRanges;
import java.util.List;

/** Address ranges given as address prefixes of text ("17." is 17.0.0.0/8), for tests. */
public record FixedRanges(List<String> prefixes) implements AddressRanges {

    public static final FixedRanges NONE = new FixedRanges(List.of());

    public static final FixedRanges APPLE = new FixedRanges(List.of("17."));

    @Override
    public boolean contains(String address) {
        return prefixes.stream().anyMatch(address::startsWith);
    }

    @Override
    public String fingerprint() {
        return String.join(",", prefixes);
    }
}
