package io.engagementhub.app;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.sql.SQLException;
import java.util.UUID;
import org.h2.tools.Server;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link DatabaseOutageBehaviour} on H2, scheduled in this process: an H2 server on a free
 * loopback port holds an in-memory database, which the proxy cuts off as it would a remote one.
 */
class H2OutageIT extends DatabaseOutageBehaviour {

    private static Server h2;

    @BeforeAll
    static void start() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        h2 = Server.createTcpServer("-tcpPort", Integer.toString(port), "-ifNotExists")
                .start();
        String database = "outage-" + UUID.randomUUID();
        startService(
                "127.0.0.1",
                port,
                proxyPort -> "jdbc:h2:tcp://127.0.0.1:" + proxyPort + "/mem:" + database + ";DB_CLOSE_DELAY=-1",
                "sa");
    }

    @AfterAll
    static void stopH2() throws SQLException {
        stopService();
        if (h2 != null) {
            h2.stop();
        }
    }

    @Test
    void aTenSecondOutageMidSyncIsReportedAtOnceAndRecoveredFromWithoutARestart() {
        outageMidSync("short", 10);
    }
}
