package io.engagementhub.adapter.persistence;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * Benchmark instrument: a data source that times, by kind of statement (its verb and first table,
 * e.g. {@code insert stored_event}), the calls that execute SQL and the commits, so a benchmark can
 * say which statements an append spends its database time in. Measures the wall time of the JDBC
 * call; a statement's result rows, which both drivers fetch within the call at these sizes, are in it.
 */
final class StatementTimes {

    private static final Pattern TABLE =
            Pattern.compile("\\b(?:from|into|update)\\s+(?:\"?\\w+\"?\\.)?\"?(\\w+)\"?", Pattern.CASE_INSENSITIVE);
    /** An insert, also inside H2's {@code select … from final table (insert into …)}. */
    private static final Pattern INSERT =
            Pattern.compile("\\binsert\\s+into\\s+(?:\"?\\w+\"?\\.)?\"?(\\w+)\"?", Pattern.CASE_INSENSITIVE);

    private static final String COMMIT = "commit";

    private final Map<String, LongAdder> nanos = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> calls = new ConcurrentHashMap<>();

    /** {@code dataSource}, its connections and statements timed into this. */
    DataSource wrap(DataSource dataSource) {
        return proxy(DataSource.class, dataSource, (method, args) -> {
            Object result = method.invoke(dataSource, args);
            return result instanceof Connection c ? connection(c) : result;
        });
    }

    /** Forgets what was timed so far (e.g. the migrations). */
    void reset() {
        nanos.clear();
        calls.clear();
    }

    /** Prints each kind's total time, calls and share of {@code totalNanos}, largest first. */
    void print(String target, long totalNanos) {
        nanos.entrySet().stream()
                .sorted(Comparator.comparingLong(
                                (Map.Entry<String, LongAdder> e) -> e.getValue().sum())
                        .reversed())
                .forEach(e -> System.out.printf(
                        Locale.ROOT,
                        "%s statements: %-36s %8.1f ms %,8d calls  %4.1f %% of its append%n",
                        target,
                        e.getKey(),
                        e.getValue().sum() / 1e6,
                        calls.get(e.getKey()).sum(),
                        100.0 * e.getValue().sum() / totalNanos));
    }

    static String kindOf(String sql) {
        Matcher insert = INSERT.matcher(sql);
        if (insert.find()) {
            return "insert " + insert.group(1).toLowerCase(Locale.ROOT);
        }
        String verb = sql.stripLeading().split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
        Matcher table = TABLE.matcher(sql);
        return table.find() ? verb + " " + table.group(1).toLowerCase(Locale.ROOT) : verb;
    }

    private Connection connection(Connection connection) {
        return proxy(Connection.class, connection, (method, args) -> {
            if (method.getName().equals(COMMIT)) {
                return timed(COMMIT, () -> method.invoke(connection, args));
            }
            Object result = method.invoke(connection, args);
            if (result instanceof PreparedStatement prepared) {
                return statement(PreparedStatement.class, prepared, kindOf((String) args[0]));
            }
            if (result instanceof Statement plain) {
                return statement(Statement.class, plain, null);
            }
            return result;
        });
    }

    private <S extends Statement> S statement(Class<S> type, S statement, String preparedKind) {
        return proxy(type, statement, (method, args) -> {
            if (!method.getName().startsWith("execute")) {
                return method.invoke(statement, args);
            }
            String kind = preparedKind != null ? preparedKind : kindOf((String) args[0]);
            return timed(kind, () -> method.invoke(statement, args));
        });
    }

    private Object timed(String kind, Call call) throws Throwable {
        long start = System.nanoTime();
        try {
            return call.run();
        } finally {
            nanos.computeIfAbsent(kind, k -> new LongAdder()).add(System.nanoTime() - start);
            calls.computeIfAbsent(kind, k -> new LongAdder()).increment();
        }
    }

    private interface Call {
        Object run() throws Throwable;
    }

    private interface Handler {
        Object handle(Method method, Object[] args) throws Throwable;
    }

    private static <T> T proxy(Class<T> type, T target, Handler handler) {
        InvocationHandler invocation = (proxy, method, args) -> {
            if (method.getName().equals("unwrap") || method.getName().equals("isWrapperFor")) {
                return method.invoke(target, args);
            }
            try {
                return handler.handle(method, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, invocation));
    }
}
