package io.engagementhub.app.wiring;

import io.engagementhub.adapter.persistence.Persistence;
import io.engagementhub.adapter.persistence.PersistenceSettings;
import io.engagementhub.adapter.persistence.PersistenceStores;
import io.engagementhub.app.config.ClusterSettings;
import io.engagementhub.app.config.CredentialSettings;
import io.engagementhub.app.config.InvalidConfigurationException;
import io.engagementhub.domain.port.out.CredentialStore;
import io.engagementhub.domain.port.out.SourceStateStore;
import io.engagementhub.domain.service.SyncStores;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.util.List;
import javax.sql.DataSource;

/**
 * Migrates the database behind Micronaut's pooled {@code datasources.default} at startup and
 * exposes the jOOQ stores as domain ports.
 */
@Factory
final class PersistenceFactory {

    @Context
    PersistenceStores stores(DataSource dataSource, CredentialSettings credentials, ClusterSettings cluster) {
        PersistenceSettings settings = settings(credentials).withInstanceName(cluster.instanceName());
        try {
            return Persistence.create(dataSource, settings);
        } catch (IllegalStateException e) {
            // Unsupported database, H2 without the settings the shared SQL needs, or unreachable.
            throw new InvalidConfigurationException(List.of("datasources.default: " + e.getMessage()));
        }
    }

    private static PersistenceSettings settings(CredentialSettings credentials) {
        try {
            return credentials.encrypted()
                    ? PersistenceSettings.encryptedWith(credentials.key())
                    : PersistenceSettings.unencrypted();
        } catch (IllegalArgumentException e) {
            // The message names the rule, never the key.
            throw new InvalidConfigurationException(List.of("engagement.credentials.key: " + e.getMessage()));
        }
    }

    @Singleton
    CredentialStore credentialStore(PersistenceStores stores) {
        return stores.credentials();
    }

    @Singleton
    SourceStateStore sourceStateStore(PersistenceStores stores) {
        return stores.sourceState();
    }

    @Singleton
    SyncStores syncStores(PersistenceStores stores) {
        return stores.sync();
    }
}
