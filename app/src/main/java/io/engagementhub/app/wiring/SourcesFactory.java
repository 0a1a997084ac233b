package io.engagementhub.app.wiring;

import io.engagementhub.adapter.constantcontact.ConstantContactBudgets;
import io.engagementhub.adapter.constantcontact.ConstantContactEndpoints;
import io.engagementhub.adapter.constantcontact.ConstantContactEngagementSource;
import io.engagementhub.adapter.constantcontact.ConstantContactSettings;
import io.engagementhub.adapter.copernica.CopernicaEngagementSource;
import io.engagementhub.adapter.copernica.CopernicaProduct;
import io.engagementhub.adapter.copernica.CopernicaSettings;
import io.engagementhub.adapter.persistence.Persistence;
import io.engagementhub.adapter.persistence.PersistenceStores;
import io.engagementhub.adapter.persistence.RequestBudgetSettings;
import io.engagementhub.app.config.AccountSettings;
import io.engagementhub.app.config.ConfiguredAccounts;
import io.engagementhub.app.config.ConstantContactAccount;
import io.engagementhub.app.config.ConstantContactBudgetSettings;
import io.engagementhub.app.config.CopernicaAccount;
import io.engagementhub.domain.port.out.CredentialStore;
import io.engagementhub.domain.port.out.EngagementSource;
import io.engagementhub.domain.port.out.RequestBudget;
import io.engagementhub.domain.port.out.SourceObserver;
import io.engagementhub.domain.port.out.SourceStateStore;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.HttpClientRegistry;
import jakarta.inject.Singleton;
import java.net.URI;
import java.time.Clock;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Builds one source adapter per configured account from the adapters' plain settings records. All
 * Constant Contact accounts share one request budget, so accounts of one provider application
 * share the provider's limit of 4 requests a second (paced at one per 300 ms, 350 ms when shared
 * across instances) and its daily quota (across instances, on PostgreSQL), and keep
 * what their discovery learns in the store, so a restart does not open every campaign again. A
 * provider's HTTP client is made only when an account of that provider is configured.
 */
@Factory
final class SourcesFactory {

    /**
     * On PostgreSQL the budget is kept in the database, shared by every instance; otherwise in this
     * process.
     */
    @Singleton
    ConstantContactBudgets constantContactBudgets(
            DataSource dataSource, PersistenceStores migrated, ConstantContactBudgetSettings budget, Clock clock) {
        RequestBudgetSettings settings = new RequestBudgetSettings(
                "constantcontact",
                Objects.requireNonNullElse(budget.permitPeriod(), ConstantContactBudgets.SHARED_PERMIT_PERIOD),
                Objects.requireNonNullElse(budget.dailyRequests(), ConstantContactBudgets.DAILY_QUOTA));
        return Persistence.sharedRequestBudget(dataSource, settings, clock)
                .map(ConstantContactBudgets::on)
                .orElseGet(() -> new ConstantContactBudgets(ConstantContactBudgets.DEFAULT_PERMIT_PERIOD));
    }

    /** The Constant Contact applications' budget, for health and metrics. */
    @Singleton
    RequestBudget constantContactBudget(ConstantContactBudgets budgets) {
        return budgets.budget();
    }

    @Singleton
    @Bean(preDestroy = "close")
    AccountSources sources(
            ConfiguredAccounts accounts,
            CredentialStore credentials,
            SourceStateStore state,
            Clock clock,
            SourceObserver observer,
            ConstantContactBudgets budgets,
            HttpClientRegistry<?> clients) {
        Map<String, EngagementSource> sources = new LinkedHashMap<>();
        for (AccountSettings account : accounts.all()) {
            EngagementSource source = account instanceof CopernicaAccount copernica
                    ? copernica(copernica, clock, observer, ProviderClients.of(clients, ProviderClients.COPERNICA))
                    : constantContact(
                            (ConstantContactAccount) account,
                            credentials,
                            state,
                            clock,
                            observer,
                            budgets,
                            ProviderClients.of(clients, ProviderClients.CONSTANT_CONTACT));
            sources.put(account.name(), source);
        }
        return new AccountSources(sources);
    }

    private static EngagementSource copernica(
            CopernicaAccount account, Clock clock, SourceObserver observer, HttpClient http) {
        return CopernicaEngagementSource.create(copernicaSettings(account), clock, observer, http);
    }

    /** The adapter's settings for the account: what it does not configure keeps the adapter's default. */
    static CopernicaSettings copernicaSettings(CopernicaAccount account) {
        URI baseUrl = account.baseUrl() == null ? CopernicaSettings.DEFAULT_BASE_URL : account.baseUrl();
        CopernicaSettings settings = CopernicaSettings.of(account.name(), baseUrl, account.accessToken());
        if (account.timeZone() != null) {
            settings = settings.withZone(account.timeZone());
        }
        if (!account.products().isEmpty()) {
            Set<CopernicaProduct> products = EnumSet.noneOf(CopernicaProduct.class);
            account.products().forEach(p -> products.add(CopernicaProduct.valueOf(p.toUpperCase(Locale.ROOT))));
            settings = settings.withReading(settings.reading().withProducts(products));
        }
        if (account.v3BaseUrl() != null) {
            settings = settings.withV3BaseUrl(account.v3BaseUrl());
        }
        if (account.authUrl() != null) {
            settings = settings.withAuthUrl(account.authUrl());
        }
        return settings;
    }

    private static EngagementSource constantContact(
            ConstantContactAccount account,
            CredentialStore credentials,
            SourceStateStore state,
            Clock clock,
            SourceObserver observer,
            ConstantContactBudgets budgets,
            HttpClient http) {
        ConstantContactSettings settings = ConstantContactSettings.of(
                account.name(), account.clientId(), account.clientSecret(), account.refreshToken());
        ConstantContactEndpoints endpoints = settings.endpoints();
        if (account.endpoints().baseUrl() != null) {
            endpoints = endpoints.withBaseUrl(account.endpoints().baseUrl());
        }
        if (account.endpoints().tokenUrl() != null) {
            endpoints = endpoints.withTokenUrl(account.endpoints().tokenUrl());
        }
        settings = settings.withEndpoints(endpoints);
        if (account.lookback() != null) {
            settings = settings.withReading(settings.reading().withLookBack(account.lookback()));
        }
        return ConstantContactEngagementSource.create(settings, credentials, state, clock, observer, budgets, http);
    }
}
