package io.engagementhub.app.wiring;

import io.engagementhub.domain.port.out.EngagementSource;
import io.engagementhub.domain.port.out.EngagementSources;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The configured accounts' sources; closes them when the service stops (the providers' HTTP clients belong to the context). */
final class AccountSources implements EngagementSources, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AccountSources.class);

    private final Map<String, EngagementSource> byAccount;

    AccountSources(Map<String, EngagementSource> byAccount) {
        this.byAccount = Map.copyOf(byAccount);
    }

    @Override
    public Set<String> accounts() {
        return byAccount.keySet();
    }

    @Override
    public Optional<EngagementSource> find(String account) {
        return Optional.ofNullable(byAccount.get(account));
    }

    @Override
    public void close() {
        byAccount.forEach((account, source) -> {
            if (source instanceof AutoCloseable closeable) {
                try {
                    closeable.close();
                } catch (Exception e) {
                    LOG.warn("closing the source of account '{}' failed: {}", account, e.toString());
                }
            }
        });
    }
}
