package io.engagementhub.baseline;

import io.engagementhub.adapter.persistence.Persistence;
import io.engagementhub.adapter.persistence.PersistenceSettings;
import io.engagementhub.adapter.persistence.StorePreparation;
import io.micronaut.runtime.Micronaut;
import java.util.Arrays;

/**
 * Starts the bare service: Micronaut's Netty server with {@code /health} and one JSON endpoint.
 * With {@code store-url=<JDBC URL>} it first opens the store there as the service does (pool,
 * Flyway migrations, jOOQ stores; jOOQ and Flyway set up on a second thread meanwhile), and
 * nothing else of the service.
 */
public final class BaselineService {

    static final String STORE_URL = "store-url=";

    private BaselineService() {}

    public static void main(String[] args) {
        String[] storeUrl =
                Arrays.stream(args).filter(a -> a.startsWith(STORE_URL)).toArray(String[]::new);
        if (storeUrl.length > 0) {
            StorePreparation.inBackground();
            Persistence.create(
                    Persistence.pooledDataSource(storeUrl[0].substring(STORE_URL.length()), "sa", ""),
                    PersistenceSettings.unencrypted());
        }
        Micronaut.run(
                BaselineService.class,
                Arrays.stream(args).filter(a -> !a.startsWith(STORE_URL)).toArray(String[]::new));
    }
}
