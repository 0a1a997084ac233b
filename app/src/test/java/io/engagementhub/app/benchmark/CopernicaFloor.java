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
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import javax.sql.DataSource;

/**
 * The floor: the naive design done plainly. Pages through the simulator's {@code ms/clicks} with
 * {@code start}/{@code limit}, parses each answer with Jackson's streaming parser and batch-inserts
 * the rows with JDBC into {@link FlatFloor}'s flat table, one commit per page. No duplicate
 * handling, no checkpoint, no statistics.
 */
record CopernicaFloor(URI baseUrl, String token, ZoneId zone) {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final JsonFactory JSON = new JsonFactory();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    /** Reads every MS click and stores it; returns how many. */
    long run(DataSource dataSource, String account, int pageSize)
            throws IOException, InterruptedException, SQLException {
        long stored = 0;
        for (int start = 0; ; start += pageSize) {
            URI page = URI.create(baseUrl.toString().replaceAll("/+$", "") + "/ms/clicks?start=" + start + "&limit="
                    + pageSize + "&total=false&access_token=" + URLEncoder.encode(token, StandardCharsets.UTF_8));
            HttpResponse<InputStream> response =
                    HTTP.send(HttpRequest.newBuilder(page).GET().build(), HttpResponse.BodyHandlers.ofInputStream());
            int count;
            try (InputStream body = response.body();
                    Connection connection = dataSource.getConnection();
                    PreparedStatement insert = connection.prepareStatement(FlatFloor.INSERT)) {
                connection.setAutoCommit(false);
                count = parseInto(body, account, insert);
                insert.executeBatch();
                connection.commit();
                connection.setAutoCommit(true);
            }
            stored += count;
            if (count < pageSize) {
                return stored;
            }
        }
    }

    private int parseInto(InputStream body, String account, PreparedStatement insert) throws IOException, SQLException {
        int count = 0;
        try (JsonParser parser = JSON.createParser(body)) {
            while (parser.nextToken() != null) {
                if (parser.currentToken() == JsonToken.FIELD_NAME && "data".equals(parser.currentName())) {
                    parser.nextToken();
                    while (parser.nextToken() == JsonToken.START_OBJECT) {
                        bindClick(parser, account, insert);
                        insert.addBatch();
                        count++;
                    }
                }
            }
        }
        return count;
    }

    private void bindClick(JsonParser parser, String account, PreparedStatement insert)
            throws IOException, SQLException {
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
        insert.setString(1, account);
        insert.setString(2, "copernica:ms:clicks:" + id);
        insert.setString(3, "CLICKED");
        insert.setObject(
                4, LocalDateTime.parse(time, TIME).atZone(zone).toInstant().atOffset(ZoneOffset.UTC));
        insert.setString(5, mailing);
        insert.setString(6, destination);
        insert.setString(7, link);
        insert.setString(8, ip);
        insert.setString(9, agent);
        insert.setString(10, id);
    }
}
