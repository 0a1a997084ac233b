package io.engagementhub.adapter.classification;

import io.engagementhub.domain.port.out.AddressRanges;
import java.util.List;

/** Address ranges given as a list of prefixes (e.g. link scanners' networks from configuration). */
public final class ConfiguredRanges implements AddressRanges {

    private final PrefixIndex index;
    private final String fingerprint;

    private ConfiguredRanges(PrefixIndex index, String fingerprint) {
        this.index = index;
        this.fingerprint = fingerprint;
    }

    /**
     * The ranges of {@code prefixes}, each like {@code 40.94.0.0/16} or {@code 2a01:111::/32}.
     *
     * @throws IllegalArgumentException naming the first prefix that is not one
     */
    public static ConfiguredRanges of(List<String> prefixes) {
        List<String> copy = List.copyOf(prefixes);
        return withFingerprint(copy, "list:" + String.join(",", copy));
    }

    /** The ranges of {@code prefixes}, told apart from other lists by {@code fingerprint}. */
    static ConfiguredRanges withFingerprint(List<String> prefixes, String fingerprint) {
        return new ConfiguredRanges(PrefixIndex.of(prefixes), fingerprint);
    }

    /** How many ranges there are. */
    int size() {
        return index.size();
    }

    @Override
    public boolean contains(String address) {
        return index.contains(address);
    }

    @Override
    public String fingerprint() {
        return fingerprint;
    }
}
