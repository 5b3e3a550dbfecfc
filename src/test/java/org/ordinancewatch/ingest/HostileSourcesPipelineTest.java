package org.ordinancewatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.zip.GZIPOutputStream;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.ordinancewatch.model.SourceHealth;
import org.ordinancewatch.source.SourceDefinition;
import org.ordinancewatch.testing.Fixtures;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * Hostile sites scraped through the whole pipeline beside a healthy one, all on a loopback server: a slow drip, an
 * endless body, a gzip bomb, a redirect loop, a 500, a 429 with Retry-After, truncated HTML. Each ends within the
 * fetch limits with a readable error in its source's health (or a partial result), the healthy source scrapes as
 * usual, and nothing stored before is changed.
 */
@QuarkusTest
@TestProfile(HostileSourcesPipelineTest.ShortLimits.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileSourcesPipelineTest {

    /** Tight limits, so each hostile page ends in seconds. */
    public static class ShortLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("ow.fetch.total-timeout", "3s", "ow.fetch.read-timeout", "2s", "ow.fetch.retries", "0",
                    "ow.fetch.max-bytes", "2M", "ow.fetch.max-retry-after", "1s");
        }
    }

    @Inject
    ScrapeService scrapes;

    @Inject
    EntityManager em;

    HttpServer server;
    String base;

    @BeforeAll
    void startSite() throws IOException {
        byte[] calendar = Files.readAllBytes(Fixtures.own("legistar/Calendar_reordered_columns.html"));
        Map<String, byte[]> healthy = Map.of(
                "/healthy/Calendar.aspx", calendar,
                "/healthy/MeetingDetail.aspx", Files.readAllBytes(Fixtures.own("legistar/MeetingDetail_city_council.html")),
                "/healthy/LegislationDetail.aspx",
                Files.readAllBytes(Fixtures.own("legistar/LegislationDetail_face_surveillance.html")));
        byte[] bomb = gzippedZeros(200 * 1024 * 1024);
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.createContext("/", exchange -> {
            try (exchange) {
                String path = exchange.getRequestURI().getPath();
                String site = path.split("/")[1];
                switch (site) {
                    case "healthy" -> send(exchange, 200, healthy.get(path));
                    case "drip" -> drip(exchange);
                    case "endless" -> endless(exchange);
                    case "bomb" -> {
                        exchange.getResponseHeaders().add("Content-Encoding", "gzip");
                        send(exchange, 200, bomb);
                    }
                    case "loop" -> {
                        exchange.getResponseHeaders().add("Location", "/loop/Calendar.aspx?again=" + System.nanoTime());
                        exchange.sendResponseHeaders(302, -1);
                    }
                    case "broken" -> send(exchange, 500, "<h1>Internal Server Error</h1>".getBytes());
                    case "busy" -> {
                        exchange.getResponseHeaders().add("Retry-After", "3600");
                        send(exchange, 429, "slow down".getBytes());
                    }
                    case "truncated" -> send(exchange, 200, Arrays.copyOf(calendar, calendar.length / 3));
                    default -> exchange.sendResponseHeaders(404, -1);
                }
            } catch (IOException e) {
                // The client hung up on a hostile response: that is the point.
            }
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterAll
    void stopSite() {
        server.stop(0);
        PipelineData.forgetScrapedData(em);
    }

    private static byte[] gzippedZeros(int size) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            byte[] zeros = new byte[64 * 1024];
            for (int written = 0; written < size; written += zeros.length) {
                gz.write(zeros);
            }
        }
        return out.toByteArray();
    }

    private static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
    }

    /** One byte every 200 ms, for at most 30 seconds. */
    private static void drip(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        for (int i = 0; i < 150; i++) {
            out.write('<');
            out.flush();
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Chunks of 64 KB until the client stops reading, at most 100 MB. */
    private static void endless(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
        exchange.sendResponseHeaders(200, 0);
        byte[] chunk = "<tr><td>row</td></tr>".repeat(3000).getBytes();
        OutputStream out = exchange.getResponseBody();
        for (int i = 0; i < 1600; i++) {
            out.write(chunk);
        }
    }

    private SourceDefinition source(String site, String jurisdiction) {
        return new SourceDefinition(jurisdiction, "legistar-web", base + "/" + site, null, null, null, 20, null, null,
                null, true, "hostile-test-" + site, "test");
    }

    private Map<String, String> health() {
        return QuarkusTransaction.requiringNew().call(() -> SourceHealth.<SourceHealth>list("sourceName like ?1",
                "hostile-test-%").stream().collect(Collectors.toMap(h -> h.sourceName,
                        h -> h.lastError == null ? "" : h.lastError)));
    }

    private long seededRows() {
        return QuarkusTransaction.requiringNew().call(() -> (Long) em.createQuery(
                "select count(c) from StatusChange c where c.measure.origin = 'SEED'").getSingleResult()
                + (Long) em.createQuery("select count(m) from Measure m where m.origin = 'SEED'").getSingleResult());
    }

    @Test
    void hostileSitesEndInReadableErrorsAndTheHealthyOneScrapes() {
        long before = seededRows();
        List<SourceDefinition> sources = List.of(source("healthy", "pittsburgh-pa"), source("drip", "baltimore-md"),
                source("endless", "detroit-mi"), source("bomb", "madison-wi"), source("loop", "clovis-ca"),
                source("broken", "georgetown-tx"), source("busy", "avenal-ca"), source("truncated", "somerville-ma"));
        Instant started = Instant.now();
        Map<String, SourceRunner.Report> reports = scrapes.runAll(sources).stream()
                .collect(Collectors.toMap(SourceRunner.Report::source, Function.identity()));
        assertThat(Duration.between(started, Instant.now())).as("every hostile page ends within the limits")
                .isLessThan(Duration.ofSeconds(60));

        assertThat(reports.get("hostile-test-healthy").error()).isNull();
        assertThat(reports.get("hostile-test-healthy").stats().measuresCreated()).isEqualTo(1);
        Map<String, String> health = health();
        assertThat(health).containsEntry("hostile-test-healthy", "");
        for (String site : List.of("drip", "endless", "bomb", "loop", "broken", "busy")) {
            assertThat(reports.get("hostile-test-" + site).error()).as(site).startsWith("every start page failed");
            assertThat(health.get("hostile-test-" + site)).as("%s's health", site).isNotBlank();
        }
        assertThat(health.get("hostile-test-drip")).containsIgnoringCase("time");
        assertThat(health.get("hostile-test-endless")).contains("2");
        assertThat(health.get("hostile-test-bomb")).contains("2");
        assertThat(health.get("hostile-test-loop")).containsIgnoringCase("redirect");
        assertThat(health.get("hostile-test-broken")).contains("500");
        assertThat(health.get("hostile-test-busy")).contains("429");
        assertThat(reports.get("hostile-test-truncated").error()).as("a truncated page is read as far as it goes").isNull();
        assertThat(seededRows()).as("nothing stored before is changed or lost").isEqualTo(before);
    }
}
