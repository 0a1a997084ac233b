package io.engagementhub.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * {@link DatabaseOutageBehaviour} on PostgreSQL, on the shared schedule (db-scheduler); the test's
 * PostgreSQL itself keeps running. Two classes give the outages, so that they run side by side.
 */
abstract class PostgresOutage extends DatabaseOutageBehaviour {

    private static final Pattern HOST_AND_PORT = Pattern.compile("jdbc:postgresql://([^/:?]+)(?::(\\d+))?/");

    private static PostgresSchema schema;

    @BeforeAll
    static void start() {
        schema = PostgresSchema.create();
        Matcher target = HOST_AND_PORT.matcher(schema.url());
        assertThat(target.find()).as(schema.url()).isTrue();
        int port = target.group(2) == null ? 5432 : Integer.parseInt(target.group(2));
        startService(
                target.group(1),
                port,
                proxyPort -> target.replaceFirst("jdbc:postgresql://127.0.0.1:" + proxyPort + "/"),
                PostgresSchema.USER);
    }

    @AfterAll
    static void dropSchema() {
        stopService();
        if (schema != null) {
            schema.close();
        }
    }
}
