package io.engagementhub.adapter.persistence;

import io.engagementhub.domain.model.Checkpoint;
import io.engagementhub.domain.model.EngagementEvent;
import io.engagementhub.domain.port.out.EventStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;

/**
 * Append throughput of {@link JooqEventStore} against two floors timed page by page in the same
 * run: {@link FlatFloor} (a plain JDBC batch insert into one flat table) and {@link ContractFloor}
 * (the same table plus the least plain JDBC that keeps the store's promises: checkpoint, stored
 * once, recipient listing, campaign statistics without a scan); on an H2 file and on PostgreSQL,
 * plus the latency of campaign statistics, listings and the classification context. Not a test: it
 * prints figures.
 *
 * <pre>
 * ./mvnw -B -q -pl persistence -am verify -Pbenchmark -DskipTests -Dbenchmark.events=1000000
 * </pre>
 *
 * System properties: {@code benchmark.events} (default 1,000,000), {@code benchmark.page} (1,000),
 * {@code benchmark.targets} ({@code h2,postgres}), {@code benchmark.dir} (H2 files,
 * {@code target/benchmark}), {@code benchmark.recipients} and {@code benchmark.campaigns} ({@link
 * BenchmarkEvents}), {@code benchmark.statements} ({@code true}: the time per kind of statement
 * of the store and of both floors, which slows each a little).
 */
public final class AppendBenchmark {

    private static final long EVENTS = Long.getLong("benchmark.events", 1_000_000);
    private static final int PAGE = Integer.getInteger("benchmark.page", 1000);
    private static final Path DIR = Path.of(System.getProperty("benchmark.dir", "target/benchmark"));
    /** Whether to time the statements by kind ({@link StatementTimes}) and print them. */
    private static final boolean STATEMENTS = Boolean.getBoolean("benchmark.statements");

    private AppendBenchmark() {}

    public static void main(String[] args) throws Exception {
        Files.createDirectories(DIR);
        System.out.printf(
                Locale.ROOT,
                "events=%,d page=%,d campaign size=%,d%n",
                EVENTS,
                PAGE,
                EVENTS / BenchmarkEvents.CAMPAIGNS);
        for (String target :
                System.getProperty("benchmark.targets", "h2,postgres").split(",")) {
            run(target.trim());
        }
    }

    /**
     * Writes every page into both databases in turn, floor then ours, so that load from other
     * processes on the machine slows both alike.
     */
    private static void run(String target) throws Exception {
        String tag = target + "_" + System.currentTimeMillis();
        compare(target, tag + "_warmup", Math.min(EVENTS, 50_000), false);
        compare(target, tag, EVENTS, true);
    }

    private static void compare(String target, String tag, long events, boolean report) throws Exception {
        try (BenchmarkDatabase floorDatabase = BenchmarkDatabase.open(target, DIR, tag + "_floor");
                BenchmarkDatabase contractDatabase = BenchmarkDatabase.open(target, DIR, tag + "_contract");
                BenchmarkDatabase oursDatabase = BenchmarkDatabase.open(target, DIR, tag + "_ours")) {
            StatementTimes floorStatements = new StatementTimes();
            StatementTimes contractStatements = new StatementTimes();
            StatementTimes statements = new StatementTimes();
            FlatFloor floor = FlatFloor.create(timed(floorDatabase, floorStatements));
            ContractFloor contract = ContractFloor.create(timed(contractDatabase, contractStatements));
            PersistenceStores stores =
                    Persistence.create(timed(oursDatabase, statements), PersistenceSettings.unencrypted());
            floorStatements.reset();
            contractStatements.reset();
            statements.reset();
            EventStore store = stores.sync().events();
            long floorNanos = 0;
            long contractNanos = 0;
            long oursNanos = 0;
            for (long first = 0; first < events; first += PAGE) {
                List<EngagementEvent> page = BenchmarkEvents.page(first, (int) Math.min(PAGE, events - first));
                List<FlatFloor.Row> rows =
                        page.stream().map(AppendBenchmark::floorRow).toList();
                long start = System.nanoTime();
                floor.insert(rows);
                long floorDone = System.nanoTime();
                contract.append(BenchmarkEvents.ACCOUNT, "ms/bench", rows);
                long contractDone = System.nanoTime();
                append(store, page);
                oursNanos += System.nanoTime() - contractDone;
                contractNanos += contractDone - floorDone;
                floorNanos += floorDone - start;
            }
            if (report) {
                report(target, events / (floorNanos / 1e9), events / (contractNanos / 1e9), events / (oursNanos / 1e9));
                if (STATEMENTS) {
                    floorStatements.print(target + " floor", floorNanos);
                    contractStatements.print(target + " contract floor", contractNanos);
                    statements.print(target + " store", oursNanos);
                }
                oursDatabase.analyze();
                QueryLatency.print(target, store, events, true);
                ContextRead.print(target, stores.classification());
                reportBytes(
                        target,
                        floorDatabase.bytesOnDisk(),
                        contractDatabase.bytesOnDisk(),
                        oursDatabase.bytesOnDisk(),
                        events);
            } else {
                // The same queries on the warm-up's own database: code warm, nothing of the measured one cached.
                oursDatabase.analyze();
                QueryLatency.print(target, store, events, false);
            }
        }
    }

    private static DataSource timed(BenchmarkDatabase database, StatementTimes times) {
        return STATEMENTS ? times.wrap(database.dataSource()) : database.dataSource();
    }

    private static void reportBytes(String target, long floor, long contract, long ours, long events) {
        System.out.printf(
                Locale.ROOT,
                "%-8s bytes on disk per event: floor %,.0f, contract floor %,.0f, ours %,.0f%n",
                target,
                (double) floor / events,
                (double) contract / events,
                (double) ours / events);
    }

    private static FlatFloor.Row floorRow(EngagementEvent e) {
        return new FlatFloor.Row(
                e.account(),
                e.id().value(),
                e.type().name(),
                e.occurredAt(),
                e.campaignId(),
                e.recipient().id(),
                e.link() == null ? null : e.link().url(),
                e.client() == null ? null : e.client().ip(),
                e.client() == null ? null : e.client().userAgent(),
                e.providerEventId());
    }

    private static void report(String target, double floor, double contract, double ours) {
        System.out.printf(Locale.ROOT, "%-8s floor (JDBC batch)      %,10.0f events/s%n", target, floor);
        System.out.printf(
                Locale.ROOT,
                "%-8s contract floor (JDBC)   %,10.0f events/s  ratio contract/floor %.2f%n",
                target,
                contract,
                contract / floor);
        System.out.printf(
                Locale.ROOT,
                "%-8s JooqEventStore.append  %,10.0f events/s  ratio ours/floor %.2f  ours/contract %.2f%n",
                target,
                ours,
                ours / floor,
                ours / contract);
    }

    private static void append(EventStore store, List<EngagementEvent> page) {
        String position = page.get(page.size() - 1).id().value();
        store.append(BenchmarkEvents.ACCOUNT, "ms/bench", page, new Checkpoint(position, null));
    }
}
