package io.engagementhub.domain.testing;

import io.engagementhub.domain.model.EngagementEvent;
import io.engagementhub.domain.model.RecipientSelector;
import io.engagementhub.domain.port.out.SuppressionList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A {@link SuppressionList} in memory; the reference behaviour for {@link SuppressionListContract}. */
public final class InMemorySuppressionList implements SuppressionList {

    private final Map<String, Set<RecipientSelector>> byAccount = new HashMap<>();

    @Override
    public synchronized void suppress(String account, RecipientSelector recipient) {
        byAccount.computeIfAbsent(account, a -> new HashSet<>()).add(recipient);
    }

    @Override
    public synchronized List<EngagementEvent> withoutSuppressed(String account, List<EngagementEvent> events) {
        Set<RecipientSelector> suppressed = byAccount.getOrDefault(account, Set.of());
        return events.stream()
                .filter(event -> suppressed.stream().noneMatch(s -> s.matches(event)))
                .toList();
    }
}
