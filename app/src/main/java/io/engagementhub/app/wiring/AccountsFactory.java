package io.engagementhub.app.wiring;

import io.engagementhub.app.config.AccountConfiguration;
import io.engagementhub.app.config.AccountSettingsReader;
import io.engagementhub.app.config.ConfiguredAccounts;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import java.util.List;

/** Checks the configured accounts at startup, so a bad configuration stops the service at once. */
@Factory
final class AccountsFactory {

    @Context
    ConfiguredAccounts accounts(List<AccountConfiguration> configured) {
        return new ConfiguredAccounts(AccountSettingsReader.from(configured));
    }
}
