package io.engagementhub.domain.port.out;

/** A set of IPv4 and IPv6 address ranges, such as the egress ranges of Apple's privacy proxies. */
public interface AddressRanges {

    /** Whether {@code address} (an IPv4 or IPv6 literal) is in one of the ranges; false for anything else. */
    boolean contains(String address);

    /** Identifies the ranges' current content: it changes when the ranges change. */
    String fingerprint();
}
