package io.engagementhub.domain.service;

import io.engagementhub.domain.port.in.UnknownAccountException;
import io.engagementhub.domain.port.out.EngagementSource;
import io.engagementhub.domain.port.out.EngagementSources;

/** The check every use case makes first: the account it is asked about is configured. */
final class ConfiguredAccount {

    private ConfiguredAccount() {}

    /** The source of {@code account}; {@link UnknownAccountException} if no such account is configured. */
    static EngagementSource require(EngagementSources sources, String account) {
        return sources.find(account).orElseThrow(() -> new UnknownAccountException(account));
    }
}
