package org.ordinancewatch.testing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

import org.ordinancewatch.parse.Page;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * A VCR.py cassette from the shared corpus: the HTTP exchanges a scraper recorded ({@code interactions}, each a
 * {@code request} with {@code method} and {@code uri} and a {@code response} with {@code status.code}, {@code headers}
 * and {@code body.string}, a text or a {@code !!binary} that is gzip-compressed when the recorded
 * {@code Content-Encoding} says so).
 */
public record Cassette(Path file, List<Interaction> interactions) {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    /**
     * One recorded exchange, its body already decompressed.
     *
     * @param headers response headers by lower-case name, each with its recorded values
     */
    public record Interaction(String method, URI uri, int status, Map<String, List<String>> headers, byte[] body) {

        public Optional<String> header(String name) {
            List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
            return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
        }

        public String contentType() {
            return header("Content-Type").orElse(null);
        }

        public boolean hasBody() {
            return status >= 200 && status < 300 && body.length > 0;
        }

        /** Path and query as a server sees them: {@code /AgendaCenter/UpdateCategoryList?year=2020&catID=8...}. */
        public String pathAndQuery() {
            return uri.getRawQuery() == null ? uri.getRawPath() : uri.getRawPath() + "?" + uri.getRawQuery();
        }

        /** The response as the page an adapter reads, fetched from the recorded URL. */
        public Page page() {
            return new Page(body, uri, contentType(), Instant.parse("2026-01-15T12:00:00Z"));
        }

        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    /** Reads a cassette of the shared corpus by its path below {@code fixtures/}. */
    public static Cassette shared(String relative) {
        Path file = Fixtures.shared(relative);
        try {
            JsonNode root = YAML.readTree(Files.readAllBytes(file));
            List<Interaction> interactions = new ArrayList<>();
            for (JsonNode node : root.path("interactions")) {
                interactions.add(interaction(node));
            }
            if (interactions.isEmpty()) {
                throw new IllegalStateException("no interactions in cassette " + file);
            }
            return new Cassette(file, List.copyOf(interactions));
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable cassette " + file, e);
        }
    }

    private static Interaction interaction(JsonNode node) throws IOException {
        JsonNode response = node.path("response");
        Map<String, List<String>> headers = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = response.path("headers").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> header = it.next();
            List<String> values = new ArrayList<>();
            header.getValue().forEach(v -> values.add(v.asText()));
            headers.put(header.getKey().toLowerCase(Locale.ROOT), List.copyOf(values));
        }
        JsonNode string = response.path("body").path("string");
        byte[] body = string.isBinary() ? string.binaryValue()
                : string.isMissingNode() || string.isNull() ? new byte[0] : string.asText().getBytes(StandardCharsets.UTF_8);
        List<String> encoding = headers.getOrDefault("content-encoding", List.of());
        if (encoding.contains("gzip") && body.length > 0) {
            try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
                body = in.readAllBytes();
            }
        }
        return new Interaction(node.path("request").path("method").asText(), URI.create(node.path("request").path("uri").asText()),
                response.path("status").path("code").asInt(), Map.copyOf(headers), body);
    }

    /** The exchanges with the given method, in recorded order. */
    public List<Interaction> withMethod(String method) {
        return interactions.stream().filter(i -> i.method().equalsIgnoreCase(method)).toList();
    }

    /** The successful responses that carry a body (GET and POST), in recorded order. */
    public List<Interaction> bodies() {
        return interactions.stream().filter(Interaction::hasBody).toList();
    }

    /** The last recorded successful body for a path and query, whatever host it was recorded on. */
    public Optional<Interaction> recorded(String pathAndQuery) {
        Interaction found = null;
        for (Interaction i : interactions) {
            if (i.hasBody() && i.pathAndQuery().equals(pathAndQuery)) {
                found = i;
            }
        }
        return Optional.ofNullable(found);
    }
}
