package io.engagementhub.adapter.classification;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;

/** Where a range list is read from: a file, or a URL asked with the last {@code ETag}. */
abstract class RangeSource {

    /** A list as read, with a digest of its text (what tells one list from another). */
    record Content(String text, String digest) {

        static Content of(String text) {
            return new Content(text, "sha256:" + sha256(text));
        }
    }

    /** The list, or null when it is known not to have changed since the last fetch. */
    abstract Content fetchIfChanged();

    abstract String describe();

    static RangeSource file(Path path) {
        return new RangeSource() {
            @Override
            Content fetchIfChanged() {
                try {
                    return Content.of(Files.readString(path, StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
                }
            }

            @Override
            String describe() {
                return path.toString();
            }
        };
    }

    static RangeSource url(URI uri, HttpClient client, Duration timeout) {
        return new UrlSource(uri, client, timeout);
    }

    private static final class UrlSource extends RangeSource {

        private final HttpClient client;
        private final HttpRequest request;
        private volatile String etag;

        UrlSource(URI uri, HttpClient client, Duration timeout) {
            this.client = client;
            this.request = HttpRequest.newBuilder(uri).timeout(timeout).GET().build();
        }

        @Override
        Content fetchIfChanged() {
            String known = etag;
            HttpRequest conditional = known == null
                    ? request
                    : HttpRequest.newBuilder(request, (name, value) -> true)
                            .header("If-None-Match", known)
                            .build();
            HttpResponse<String> response;
            try {
                response = client.send(conditional, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot fetch " + describe() + ": " + e.getMessage(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while fetching " + describe(), e);
            }
            if (response.statusCode() == 304) {
                return null;
            }
            if (response.statusCode() != 200) {
                throw new IllegalStateException(describe() + " answered HTTP " + response.statusCode());
            }
            etag = response.headers().firstValue("ETag").orElse(null);
            return Content.of(response.body());
        }

        /** Scheme, host and path only: a query could hold a secret. */
        @Override
        String describe() {
            URI uri = request.uri();
            return uri.getScheme() + "://" + uri.getAuthority() + uri.getPath();
        }
    }

    static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
