package io.engagementhub.app.config;

import java.util.List;
import java.util.Optional;

/** The accounts of this service, checked and typed, in configuration order. */
public record ConfiguredAccounts(List<AccountSettings> all) {

    public ConfiguredAccounts {
        all = List.copyOf(all);
    }

    /** The account named {@code name}, if configured. */
    public Optional<AccountSettings> find(String name) {
        return all.stream().filter(a -> a.name().equals(name)).findFirst();
    }

    /** The provider of {@code account}, or {@code unknown}. */
    public String providerOf(String account) {
        return find(account).map(AccountSettings::provider).orElse("unknown");
    }
}
