package io.engagementhub.app.wiring;

import io.engagementhub.domain.port.out.EngagementSource;
import io.engagementhub.domain.port.out.EngagementSources;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The configured accounts' sources, closed when the service stops (the HTTP clients they use
 * belong to the context, which closes those). The lookup is the domain's {@link
 * EngagementSources#of}; this class adds only the closing.
 */
final class AccountSources implements EngagementSources, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AccountSources.class);

    private final EngagementSources byAccount;

    AccountSources(Map<String, EngagementSource> byAccount) {
        this.byAccount = EngagementSources.of(byAccount);
    }

    @Override
    public Set<String> accounts() {
        return byAccount.accounts();
    }

    @Override
    public Optional<EngagementSource> find(String account) {
        return byAccount.find(account);
    }

    @Override
    public void close() {
        for (String account : accounts()) {
            if (find(account).orElseThrow() instanceof AutoCloseable closeable) {
                try {
                    closeable.close();
                } catch (Exception e) {
                    LOG.warn("closing the source of account '{}' failed: {}", account, e.toString());
                }
            }
        }
    }
}
