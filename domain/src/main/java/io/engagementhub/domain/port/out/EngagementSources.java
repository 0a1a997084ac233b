package io.engagementhub.domain.port.out;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The configured accounts and the source of each. */
public interface EngagementSources {

    /** The names of all configured accounts. */
    Set<String> accounts();

    /** The source of {@code account}, if such an account is configured. */
    Optional<EngagementSource> find(String account);

    /** A fixed set of sources, by account name. */
    static EngagementSources of(Map<String, EngagementSource> byAccount) {
        Map<String, EngagementSource> copy = Map.copyOf(byAccount);
        return new EngagementSources() {
            @Override
            public Set<String> accounts() {
                return copy.keySet();
            }

            @Override
            public Optional<EngagementSource> find(String account) {
                return Optional.ofNullable(copy.get(account));
            }
        };
    }
}
