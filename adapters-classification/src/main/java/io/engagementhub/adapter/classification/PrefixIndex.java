package io.engagementhub.adapter.classification;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A set of IPv4 and IPv6 prefixes (CIDR ranges) answering whether an address is in one of them: per
 * address family, the prefixes by length as sets of their leading bits, so a lookup costs one set
 * probe per distinct prefix length. Immutable.
 */
final class PrefixIndex {

    private final Family v4;
    private final Family v6;
    private final int size;

    private PrefixIndex(Family v4, Family v6, int size) {
        this.v4 = v4;
        this.v6 = v6;
        this.size = size;
    }

    /** The index of {@code prefixes}, each like {@code 17.0.0.0/8} or {@code 2a02:26f7:b3c0:4000::/64}. */
    static PrefixIndex of(Collection<String> prefixes) {
        Family.Builder v4 = new Family.Builder(32);
        Family.Builder v6 = new Family.Builder(128);
        for (String text : prefixes) {
            Prefix prefix = parse(text);
            (prefix.bits() == 32 ? v4 : v6).add(prefix.address(), prefix.length());
        }
        return new PrefixIndex(v4.build(), v6.build(), prefixes.size());
    }

    /** One prefix: its address, its length and its family's bits (32 or 128). */
    record Prefix(BigInteger address, int length, int bits) {}

    /** Reads a prefix like {@code 17.0.0.0/8}; a bare address is a prefix of its full length. */
    static Prefix parse(String prefix) {
        String[] parts = prefix.trim().split("/", -1);
        byte[] address = IpLiteral.parse(parts[0]);
        if (address == null || parts.length > 2) {
            throw new IllegalArgumentException("'" + prefix + "' is not an IPv4 or IPv6 prefix");
        }
        int bits = address.length * 8;
        int length = parts.length == 1 ? bits : lengthOf(prefix, parts[1], bits);
        return new Prefix(new BigInteger(1, address), length, bits);
    }

    private static int lengthOf(String prefix, String text, int bits) {
        try {
            int length = Integer.parseInt(text);
            if (length >= 0 && length <= bits) {
                return length;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("'" + prefix + "' has no prefix length from 0 to " + bits);
    }

    /** Whether {@code address} (an IPv4 or IPv6 literal) is in a prefix; false for anything else. */
    boolean contains(String address) {
        byte[] bytes = IpLiteral.parse(address);
        if (bytes == null) {
            return false;
        }
        return (bytes.length == 4 ? v4 : v6).contains(new BigInteger(1, bytes));
    }

    /** How many prefixes the index was built from. */
    int size() {
        return size;
    }

    private record Family(int bits, int[] lengths, List<Set<BigInteger>> byLength) {

        boolean contains(BigInteger address) {
            for (int i = 0; i < lengths.length; i++) {
                if (byLength.get(i).contains(address.shiftRight(bits - lengths[i]))) {
                    return true;
                }
            }
            return false;
        }

        private static final class Builder {
            private final int bits;
            private final List<Set<BigInteger>> byLength = new ArrayList<>();
            private final TreeSet<Integer> lengths = new TreeSet<>();

            Builder(int bits) {
                this.bits = bits;
                for (int i = 0; i <= bits; i++) {
                    byLength.add(new HashSet<>());
                }
            }

            void add(BigInteger address, int length) {
                byLength.get(length).add(address.shiftRight(bits - length));
                lengths.add(length);
            }

            Family build() {
                int[] used = lengths.stream().mapToInt(Integer::intValue).toArray();
                List<Set<BigInteger>> sets = new ArrayList<>();
                for (int length : used) {
                    sets.add(Set.copyOf(byLength.get(length)));
                }
                return new Family(bits, used, List.copyOf(sets));
            }
        }
    }
}
