package io.engagementhub.app;

import static io.engagementhub.app.Waiting.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import io.engagementhub.app.demo.DemoMode;
import io.engagementhub.sandbox.constantcontact.ConstantContactDataSet;
import io.engagementhub.sandbox.constantcontact.ConstantContactSimulator;
import io.engagementhub.sandbox.copernica.CopernicaDataSet;
import io.engagementhub.sandbox.copernica.CopernicaSimulator;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.awaitility.core.ConditionFactory;
import org.junit.jupiter.api.Test;

/**
 * Three service instances on one PostgreSQL schema, twelve accounts (six Copernica, six Constant
 * Contact of two applications) against the simulators, scheduled every few seconds. One instance, a
 * separate process, is killed mid-sync of a Constant Contact account; the two others finish the
 * accounts it had claimed once its heartbeats stop, and share every account from then on: no two
 * runs of one account overlap, every event is stored once, and each Constant Contact application
 * sees at most 4 requests in any second and no 429. Three instances started together each claim
 * distinct accounts: one run per account.
 */
class SeveralInstancesIT {

    static final Duration EVERY = Duration.ofSeconds(4);
    static final Duration DEAD_AFTER = Duration.ofSeconds(6);
    static final Duration POLL = Duration.ofMillis(500);
    static final String TOKEN = "it-token-" + UUID.randomUUID();

    @Test
    void threeInstancesShareTwelveAccountsAndTakeOverTheAccountsOfOneThatIsKilled() throws Exception {
        List<ApplicationContext> contexts = new ArrayList<>();
        try (Simulators simulators = Simulators.start();
                PostgresSchema db = PostgresSchema.create()) {
            Map<String, Object> properties = properties(db, simulators);
            Instant launched = Instant.now();
            try (ServiceProcess c =
                    ServiceProcess.start("c", with(properties, "c", SeveralInstancesChecks.freePort()))) {
                // c starts alone, so it must claim every account in turn: the victim is its first
                // Constant Contact sync, which takes seconds at the shared request budget. Waiting for
                // it with a and b already polling would leave the victim to chance (they may claim
                // every Constant Contact account before c is up).
                RunHistory.Run victim = awaitRun(
                        db,
                        "a running Constant Contact sync of instance c",
                        run -> "c".equals(run.instance())
                                && "RUNNING".equals(run.status())
                                && run.account().startsWith("cc-"),
                        Duration.ofSeconds(90),
                        c);
                c.kill();
                Instant killed = Instant.now();
                EmbeddedServer a = ApplicationContext.run(EmbeddedServer.class, with(properties, "a", -1));
                contexts.add(a.getApplicationContext());
                EmbeddedServer b = ApplicationContext.run(EmbeddedServer.class, with(properties, "b", -1));
                contexts.add(b.getApplicationContext());

                RunHistory.Run takeover = awaitRun(
                        db,
                        "a succeeded run of the killed instance's account, begun after the kill",
                        run -> run.account().equals(victim.account())
                                && run.startedAt().isAfter(killed)
                                && "SUCCEEDED".equals(run.status()),
                        Duration.ofSeconds(90),
                        null);
                awaitEveryAccountSucceeded(db, Duration.ofSeconds(60));
                Duration pickup = Duration.between(killed, takeover.startedAt());
                System.out.printf(
                        "[benchmark] 3 instances x 12 accounts: every account synced %d ms after launch;"
                                + " killed instance's account %s begun again on %s %d ms after the kill"
                                + " (the survivors' start-up included; dead-after %d ms, poll %d ms)%n",
                        Duration.between(launched, Instant.now()).toMillis(),
                        victim.account(),
                        takeover.instance(),
                        pickup.toMillis(),
                        DEAD_AFTER.toMillis(),
                        POLL.toMillis());
                assertThat(takeover.instance()).isIn("a", "b");
                // Dead after DEAD_AFTER without heartbeat, found within two heartbeats (DEAD_AFTER / 2),
                // claimed at the next poll once a thread is free: a generous bound on that.
                assertThat(pickup).isLessThan(DEAD_AFTER.multipliedBy(3).plus(Duration.ofSeconds(30)));

                SeveralInstancesChecks.everyEventStoredOnce(
                        a.getURL(), TOKEN, simulators.copernicas(), simulators.applications());
            } finally {
                contexts.forEach(ApplicationContext::close);
            }
            List<RunHistory.Run> runs = RunHistory.read(db);
            assertThat(RunHistory.overlaps(runs)).isEmpty();
            assertThat(runs).allSatisfy(run -> assertThat(run.instance()).isIn("a", "b", "c"));
            assertThat(runs.stream().map(RunHistory.Run::instance).collect(Collectors.toSet()))
                    .containsExactlyInAnyOrder("a", "b", "c");
            assertThat(runs).anySatisfy(run -> assertThat(run.status()).isEqualTo("FAILED"));
            for (ConstantContactSimulator cc : simulators.applications()) {
                System.out.printf(
                        "[benchmark] application %s: %d API requests, peak %d in one sliding second, %d answered 429%n",
                        cc.clientId(), cc.apiRequests(), cc.peakRequestsPerSecond(), cc.tooManyRequests());
                assertThat(cc.peakRequestsPerSecond()).as(cc.clientId()).isLessThanOrEqualTo(4);
                assertThat(cc.tooManyRequests()).as(cc.clientId()).isZero();
            }
        }
    }

    /** Figures for docs/benchmarks.md: the same twelve accounts on one instance, then on three. */
    @Test
    void oneInstanceAndThreeInstancesSyncTheSameTwelveAccounts() throws Exception {
        long one = timeToSyncEveryAccount(1);
        long three = timeToSyncEveryAccount(3);
        System.out.printf(
                "[benchmark] 12 accounts, first sync of every account: 1 instance %d ms, 3 instances %d ms%n",
                one, three);
        assertThat(one).isPositive();
        assertThat(three).isPositive();
    }

    private static long timeToSyncEveryAccount(int instances) throws Exception {
        List<ApplicationContext> contexts = new ArrayList<>();
        try (Simulators simulators = Simulators.start();
                PostgresSchema db = PostgresSchema.create()) {
            Map<String, Object> properties = properties(db, simulators);
            properties.put("engagement.sync.every", "1h");
            try {
                Instant launched = Instant.now();
                for (int i = 0; i < instances; i++) {
                    contexts.add(ApplicationContext.run(EmbeddedServer.class, with(properties, "i" + i, -1))
                            .getApplicationContext());
                }
                awaitEveryAccountSucceeded(db, Duration.ofSeconds(90));
                long took = Duration.between(launched, Instant.now()).toMillis();
                // Scheduled hourly: a second run of any account would mean two instances claimed it.
                assertThat(RunHistory.byAccount(RunHistory.read(db)))
                        .hasSize(12)
                        .allSatisfy(
                                (account, runs) -> assertThat(runs).as(account).hasSize(1));
                for (ConstantContactSimulator cc : simulators.applications()) {
                    System.out.printf(
                            "[benchmark] %d instance(s): application %s %d API requests in %d ms (%.1f/s),"
                                    + " peak %d in one sliding second, %d answered 429%n",
                            instances,
                            cc.clientId(),
                            cc.apiRequests(),
                            took,
                            cc.apiRequests() * 1000.0 / took,
                            cc.peakRequestsPerSecond(),
                            cc.tooManyRequests());
                    assertThat(cc.peakRequestsPerSecond()).isLessThanOrEqualTo(4);
                }
                return took;
            } finally {
                contexts.forEach(ApplicationContext::close);
            }
        }
    }

    /** Two Copernica accounts' simulators and two Constant Contact applications, closed together. */
    private record Simulators(List<CopernicaSimulator> copernicas, List<ConstantContactSimulator> applications)
            implements AutoCloseable {

        static Simulators start() {
            Instant now = Instant.now();
            List<CopernicaSimulator> copernicas = List.of(
                    CopernicaSimulator.start(new CopernicaDataSet(300, 2, now.minus(Duration.ofDays(5)), now, 21L)),
                    CopernicaSimulator.start(new CopernicaDataSet(200, 2, now.minus(Duration.ofDays(5)), now, 22L)));
            List<ConstantContactSimulator> applications = List.of(
                    ConstantContactSimulator.start(ConstantContactDataSet.oneCampaign(31L), Clock.systemUTC(), "app-a"),
                    ConstantContactSimulator.start(
                            ConstantContactDataSet.oneCampaign(32L), Clock.systemUTC(), "app-b"));
            applications.forEach(cc -> cc.rotateRefreshTokens(false));
            return new Simulators(copernicas, applications);
        }

        @Override
        public void close() {
            copernicas.forEach(CopernicaSimulator::close);
            applications.forEach(ConstantContactSimulator::close);
        }
    }

    private static Map<String, Object> properties(PostgresSchema db, Simulators simulators) {
        List<CopernicaSimulator> copernicas = simulators.copernicas();
        List<ConstantContactSimulator> applications = simulators.applications();
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("micronaut.server.host", "127.0.0.1");
        p.put("datasources.default.url", db.url());
        p.put("datasources.default.username", PostgresSchema.USER);
        p.put("datasources.default.password", "");
        p.put("engagement.sync.every", EVERY.toSeconds() + "s");
        p.put("engagement.cluster.dead-after", DEAD_AFTER.toMillis() + "ms");
        p.put("engagement.cluster.poll", POLL.toMillis() + "ms");
        p.put("engagement.api.tokens", TOKEN);
        p.put("engagement.credentials.key", "it-several-instances-credential-key-0001");
        for (int i = 0; i < 6; i++) {
            CopernicaSimulator copernica = copernicas.get(i / 3);
            String account = "cop-" + (i + 1);
            ServiceProperties.copernicaAccount(p, account, copernica);
            ConstantContactSimulator cc = applications.get(i / 3);
            p.putAll(DemoMode.constantContactAccount("cc-" + cc.clientId() + "-" + (i % 3 + 1), cc));
        }
        return p;
    }

    static Map<String, Object> with(Map<String, Object> properties, String instance, int port) {
        Map<String, Object> copy = new LinkedHashMap<>(properties);
        copy.put("engagement.cluster.instance-name", instance);
        copy.put("micronaut.server.port", port);
        return copy;
    }

    private static RunHistory.Run awaitRun(
            PostgresSchema db, String what, Predicate<RunHistory.Run> wanted, Duration bound, ServiceProcess alive) {
        ConditionFactory wait = waitFor(what, bound, Duration.ofMillis(100));
        if (alive != null) {
            wait = wait.failFast("instance process ended early; see " + alive.log(), () -> !alive.alive());
        }
        List<RunHistory.Run> runs = wait.until(
                () -> RunHistory.readOnceMigrated(db), read -> read.stream().anyMatch(wanted));
        return runs.stream().filter(wanted).findFirst().orElseThrow();
    }

    private static void awaitEveryAccountSucceeded(PostgresSchema db, Duration bound) {
        waitFor("a succeeded run of every account", bound, Duration.ofMillis(200))
                .untilAsserted(() -> {
                    Map<String, List<RunHistory.Run>> byAccount = RunHistory.byAccount(RunHistory.read(db));
                    Set<String> missing = new TreeMap<>(byAccount)
                            .entrySet().stream()
                                    .filter(e -> e.getValue().stream().noneMatch(r -> "SUCCEEDED".equals(r.status())))
                                    .map(Map.Entry::getKey)
                                    .collect(Collectors.toSet());
                    assertThat(missing).as("accounts without a succeeded run").isEmpty();
                    assertThat(byAccount.keySet()).as("accounts with runs").hasSize(12);
                });
    }
}
