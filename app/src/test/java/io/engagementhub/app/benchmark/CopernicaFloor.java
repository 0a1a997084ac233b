package io.engagementhub.app.benchmark;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.engagementhub.adapter.persistence.FlatFloor;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The floors' reading: pages through the simulator's {@code ms/clicks} with {@code start}/{@code
 * limit} and parses each answer with Jackson's streaming parser into rows, which a sink stores: the
 * naive design done plainly ({@link FlatFloor}: a JDBC batch insert into one flat table, one commit
 * per page, no duplicate handling, no checkpoint, no statistics), or the least plain program that
 * keeps the store's promises ({@code ContractFloor}).
 */
record CopernicaFloor(URI baseUrl, String token, ZoneId zone) {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final JsonFactory JSON = new JsonFactory();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    /** Where the floor puts each page's rows. */
    interface Sink {
        void store(List<FlatFloor.Row> page) throws SQLException;
    }

    /** Reads every MS click and hands each page's rows to {@code sink}; returns how many. */
    long run(Sink sink, String account, int pageSize) throws IOException, InterruptedException, SQLException {
        long stored = 0;
        for (int start = 0; ; start += pageSize) {
            URI page = URI.create(baseUrl.toString().replaceAll("/+$", "") + "/ms/clicks?start=" + start + "&limit="
                    + pageSize + "&total=false&access_token=" + URLEncoder.encode(token, StandardCharsets.UTF_8));
            HttpResponse<InputStream> response =
                    HTTP.send(HttpRequest.newBuilder(page).GET().build(), HttpResponse.BodyHandlers.ofInputStream());
            List<FlatFloor.Row> rows;
            try (InputStream body = response.body()) {
                rows = parse(body, account);
            }
            if (!rows.isEmpty()) {
                sink.store(rows);
            }
            stored += rows.size();
            if (rows.size() < pageSize) {
                return stored;
            }
        }
    }

    private List<FlatFloor.Row> parse(InputStream body, String account) throws IOException {
        List<FlatFloor.Row> rows = new ArrayList<>();
        try (JsonParser parser = JSON.createParser(body)) {
            while (parser.nextToken() != null) {
                if (parser.currentToken() == JsonToken.FIELD_NAME && "data".equals(parser.currentName())) {
                    parser.nextToken();
                    while (parser.nextToken() == JsonToken.START_OBJECT) {
                        rows.add(click(parser, account));
                    }
                }
            }
        }
        return rows;
    }

    private FlatFloor.Row click(JsonParser parser, String account) throws IOException {
        String id = null, mailing = null, time = null, destination = null, link = null, ip = null, agent = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            if (value == JsonToken.START_OBJECT || value == JsonToken.START_ARRAY) {
                parser.skipChildren();
                continue;
            }
            String text = value == JsonToken.VALUE_NULL ? null : parser.getText();
            switch (field) {
                case "ID" -> id = text;
                case "mailing" -> mailing = text;
                case "timestamp" -> time = text;
                case "destination" -> destination = text;
                case "link" -> link = text;
                case "ip" -> ip = text;
                case "useragent", "user-agent" -> agent = text;
                default -> {}
            }
        }
        return new FlatFloor.Row(
                account,
                "copernica:ms:clicks:" + id,
                "CLICKED",
                LocalDateTime.parse(time, TIME).atZone(zone).toInstant(),
                mailing,
                destination,
                link,
                ip,
                agent,
                id);
    }
}
