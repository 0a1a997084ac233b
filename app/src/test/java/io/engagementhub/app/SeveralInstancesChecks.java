package io.engagementhub.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.engagementhub.sandbox.constantcontact.ConstantContactSimulator;
import io.engagementhub.sandbox.copernica.CopernicaSimulator;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URL;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** What the tests on several instances check through one instance's API. */
final class SeveralInstancesChecks {

    private SeveralInstancesChecks() {}

    /** Every account holds exactly its simulator's events, each once. */
    static void everyEventStoredOnce(
            URL server,
            String token,
            List<CopernicaSimulator> copernicas,
            List<ConstantContactSimulator> applications) {
        try (ApiClient api = new ApiClient(server, token)) {
            for (int i = 0; i < 6; i++) {
                CopernicaSimulator copernica = copernicas.get(i / 3);
                Set<String> expected = copernica.events().stream()
                        .map(e -> "copernica:" + e.product().path() + ":"
                                + e.type().path() + ":" + e.id())
                        .collect(Collectors.toSet());
                List<String> ids = allEvents(api, "cop-" + (i + 1)).stream()
                        .map(e -> (String) e.get("id"))
                        .toList();
                assertThat(ids).as("cop-" + (i + 1)).hasSize(expected.size()).doesNotHaveDuplicates();
                assertThat(Set.copyOf(ids)).isEqualTo(expected);

                ConstantContactSimulator cc = applications.get(i / 3);
                String account = "cc-" + cc.clientId() + "-" + (i % 3 + 1);
                Map<String, Long> expectedCc = cc.events().stream()
                        .collect(Collectors.groupingBy(
                                e -> e.activityId() + "/" + EndToEndIT.constantContactType(e),
                                TreeMap::new,
                                Collectors.counting()));
                List<Map<String, Object>> stored = allEvents(api, account);
                assertThat(stored.stream().map(e -> e.get("id")).toList())
                        .as(account)
                        .doesNotHaveDuplicates();
                Map<String, Long> actual = stored.stream()
                        .collect(Collectors.groupingBy(
                                e -> e.get("campaignId") + "/" + e.get("type"), TreeMap::new, Collectors.counting()));
                assertThat(actual).as(account).isEqualTo(expectedCc);
            }
        }
    }

    /** Loopback server, the schema, fast heartbeats and polls, an API token: what every instance shares. */
    static Map<String, Object> sharedProperties(PostgresSchema db, String token) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("micronaut.server.host", "127.0.0.1");
        p.put("datasources.default.url", db.url());
        p.put("datasources.default.username", PostgresSchema.USER);
        p.put("datasources.default.password", "");
        p.put("engagement.cluster.dead-after", "6s");
        p.put("engagement.cluster.poll", "500ms");
        p.put("engagement.api.tokens", token);
        p.put("engagement.credentials.key", "it-several-instances-credential-key-0001");
        return p;
    }

    /** A free loopback port. */
    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    static List<Map<String, Object>> allEvents(ApiClient api, String account) {
        return api.allEvents("account=" + account);
    }
}
