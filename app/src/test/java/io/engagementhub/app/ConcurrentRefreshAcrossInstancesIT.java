package io.engagementhub.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.engagementhub.adapter.constantcontact.ConstantContactBudgets;
import io.engagementhub.adapter.constantcontact.ConstantContactEndpoints;
import io.engagementhub.adapter.constantcontact.ConstantContactEngagementSource;
import io.engagementhub.adapter.constantcontact.ConstantContactSettings;
import io.engagementhub.adapter.persistence.Persistence;
import io.engagementhub.adapter.persistence.PersistenceSettings;
import io.engagementhub.adapter.persistence.PersistenceStores;
import io.engagementhub.domain.port.out.SourceObserver;
import io.engagementhub.sandbox.constantcontact.ConstantContactDataSet;
import io.engagementhub.sandbox.constantcontact.ConstantContactSimulator;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Below the scheduler: three sources of one account, each on its own pool to one PostgreSQL as three
 * instances would be, refresh at the same moment, round after round, a rotating refresh token (as
 * when an instance taken for dead is still running). Refresh tokens may then be presented twice,
 * but the compare-and-set store lets every loser continue with the winner's token: no source ends
 * with invalid_grant, and the store holds the token the provider will accept next.
 */
class ConcurrentRefreshAcrossInstancesIT {

    static final int ROUNDS = 5;

    @Test
    void threeInstancesRefreshingAtOnceAllEndWithAValidToken() throws Exception {
        ConstantContactSimulator cc =
                ConstantContactSimulator.start(ConstantContactDataSet.oneCampaign(51L), Clock.systemUTC());
        cc.throttleAbove(1_000); // not about rate limits
        List<HikariDataSource> pools = new ArrayList<>();
        List<ConstantContactEngagementSource> sources = new ArrayList<>();
        ExecutorService threads = Executors.newFixedThreadPool(3);
        try (PostgresSchema db = PostgresSchema.create()) {
            try {
                PersistenceStores first = null;
                for (int i = 0; i < 3; i++) {
                    HikariDataSource pool = Persistence.pooledDataSource(db.url(), PostgresSchema.USER, "");
                    pools.add(pool);
                    PersistenceStores stores = Persistence.create(pool, PersistenceSettings.unencrypted());
                    first = first == null ? stores : first;
                    sources.add(ConstantContactEngagementSource.create(
                            ConstantContactSettings.of(
                                            "shop", cc.clientId(), cc.clientSecret(), cc.initialRefreshToken())
                                    .withEndpoints(new ConstantContactEndpoints(
                                            URI.create(cc.baseUrl()), URI.create(cc.tokenUrl()))),
                            stores.credentials(),
                            Clock.systemUTC(),
                            SourceObserver.NONE,
                            new ConstantContactBudgets(ConstantContactBudgets.DEFAULT_PERMIT_PERIOD)));
                }
                for (int round = 0; round < ROUNDS; round++) {
                    cc.expireAccessTokens();
                    CountDownLatch go = new CountDownLatch(1);
                    List<Future<?>> discoveries = new ArrayList<>();
                    for (ConstantContactEngagementSource source : sources) {
                        discoveries.add(threads.submit(() -> {
                            go.await();
                            return source.discover();
                        }));
                    }
                    go.countDown();
                    for (Future<?> discovery : discoveries) {
                        discovery.get(60, TimeUnit.SECONDS); // an invalid_grant that stuck would throw here
                    }
                }
                System.out.printf(
                        "[benchmark] concurrent refresh: %d rounds x 3 instances, %d refreshes granted, %d invalid_grant"
                                + " answers recovered from the store%n",
                        ROUNDS, cc.refreshes(), cc.refusedRefreshes());
                assertThat(cc.refreshes()).isGreaterThanOrEqualTo(ROUNDS);
                assertThat(first.credentials()
                                .find("shop", "refresh_token")
                                .orElseThrow()
                                .value())
                        .isEqualTo(cc.currentRefreshToken());
            } finally {
                threads.shutdownNow();
                sources.forEach(ConstantContactEngagementSource::close);
                pools.forEach(HikariDataSource::close);
            }
        } finally {
            cc.close();
        }
    }
}
