package io.engagementhub.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.engagementhub.app.demo.DemoMode;
import io.engagementhub.sandbox.constantcontact.ConstantContactDataSet;
import io.engagementhub.sandbox.constantcontact.ConstantContactSimulator;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Three instances on one PostgreSQL race, round after round, to sync one Constant Contact account
 * whose access token has just expired and whose refresh token rotates with every use: one run per
 * round (the others get 409 or the same run), every refresh token is presented once, the token
 * endpoint never answers invalid_grant, and every run succeeds, whichever instance ran it. Halfway
 * through, the instance that ran last stops, so at least two instances take turns with the token.
 */
class TokenRotationAcrossInstancesIT {

    static final String TOKEN = "it-token-" + UUID.randomUUID();
    static final int ROUNDS = 6;

    @Test
    void threeInstancesRacingOnAnExpiredTokenPresentEachRefreshTokenOnce() throws Exception {
        ConstantContactSimulator cc =
                ConstantContactSimulator.start(ConstantContactDataSet.oneCampaign(41L), Clock.systemUTC());
        List<EmbeddedServer> servers = new ArrayList<>();
        ExecutorService racers = Executors.newFixedThreadPool(3);
        try (PostgresSchema db = PostgresSchema.create()) {
            try {
                Map<String, Object> properties = SeveralInstancesChecks.sharedProperties(db, TOKEN);
                properties.put("engagement.sync.every", "off");
                properties.putAll(DemoMode.constantContactAccount("shop", cc));
                Map<String, EmbeddedServer> byName = new LinkedHashMap<>();
                for (String name : List.of("a", "b", "c")) {
                    EmbeddedServer server =
                            ApplicationContext.run(EmbeddedServer.class, SeveralInstancesIT.with(properties, name, -1));
                    servers.add(server);
                    byName.put(name, server);
                }
                Set<String> ranBy = new HashSet<>();
                for (int round = 0; round < ROUNDS; round++) {
                    cc.expireAccessTokens();
                    String run = race(servers, racers);
                    String instance;
                    try (ApiClient api = new ApiClient(servers.get(0).getURL(), TOKEN)) {
                        Map<String, Object> finished =
                                api.awaitFinished("/api/v1/syncs/" + run, Duration.ofSeconds(60));
                        assertThat(finished.get("status"))
                                .as(finished.toString())
                                .isEqualTo("SUCCEEDED");
                        instance = (String) finished.get("instance");
                        ranBy.add(instance);
                    }
                    if (round == ROUNDS / 2 - 1) {
                        // Which instance claims a run is up to the polls, and one may win them all: stop
                        // the last one to run, so the later rounds must use the token it rotated.
                        EmbeddedServer last = byName.get(instance);
                        servers.remove(last);
                        last.getApplicationContext().close();
                    }
                }
                List<String> presented = cc.presentedRefreshTokens();
                System.out.printf(
                        "[benchmark] token race: %d rounds on 3 instances (one stopped halfway), %d refreshes, run by %s%n",
                        ROUNDS, presented.size(), ranBy);
                assertThat(presented).hasSizeGreaterThanOrEqualTo(ROUNDS).doesNotHaveDuplicates();
                assertThat(cc.refusedRefreshes()).isZero();
                assertThat(ranBy).isSubsetOf("a", "b", "c").hasSizeGreaterThanOrEqualTo(2);
            } finally {
                racers.shutdownNow();
                servers.forEach(server -> server.getApplicationContext().close());
            }
        } finally {
            cc.close();
        }
    }

    /** POSTs a sync on every instance at once; returns the one run all answers name. */
    private static String race(List<EmbeddedServer> servers, ExecutorService racers) throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        List<Future<ApiClient.Response>> answers = new ArrayList<>();
        for (EmbeddedServer server : servers) {
            Callable<ApiClient.Response> post = () -> {
                try (ApiClient api = new ApiClient(server.getURL(), TOKEN)) {
                    go.await();
                    return api.post("/api/v1/accounts/shop/syncs");
                }
            };
            answers.add(racers.submit(post));
        }
        go.countDown();
        Set<Object> runs = new HashSet<>();
        for (Future<ApiClient.Response> answer : answers) {
            ApiClient.Response response = answer.get(60, TimeUnit.SECONDS);
            assertThat(response.status()).as(response.body()).isIn(202, 409);
            runs.add(response.status() == 202 ? response.json().get("id") : runningId(response));
        }
        assertThat(runs).as("one run per round").hasSize(1);
        return (String) runs.iterator().next();
    }

    @SuppressWarnings("unchecked")
    private static Object runningId(ApiClient.Response conflict) {
        return ((Map<String, Object>) conflict.json().get("run")).get("id");
    }
}
