package org.ordinancewatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.ordinancewatch.source.SourceDefinition;
import org.ordinancewatch.testing.Fixtures;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * Seven sources, each on its own loopback host (its own port), scraped with a 1 s per-host pause, two requests in
 * flight at most and eight scrape workers: while sources wait out their hosts' pauses, more of them than there are
 * request slots are in progress, yet requests in flight never exceed the limit and each host still gets its pause.
 * One of the sites answers 500 throughout; the others scrape as usual.
 */
@QuarkusTest
@TestProfile(ScrapeWorkersTest.PoliteAndWide.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScrapeWorkersTest {

    static final int MAX_IN_FLIGHT = 2;
    static final Duration PAUSE = Duration.ofSeconds(1);

    public static class PoliteAndWide implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("ow.fetch.per-host-delay", "1s", "ow.fetch.max-concurrency", String.valueOf(MAX_IN_FLIGHT),
                    "ow.fetch.respect-robots", "true", "ow.fetch.retries", "0", "ow.scrape.workers", "8");
        }
    }

    /** One request as a site saw it, in System.nanoTime. */
    record Hit(String site, String path, long start, long end) {
    }

    @Inject
    ScrapeService scrapes;

    @Inject
    EntityManager em;

    final List<HttpServer> servers = new ArrayList<>();
    final List<Hit> hits = new CopyOnWriteArrayList<>();
    final AtomicInteger inFlight = new AtomicInteger();
    final AtomicInteger maxInFlight = new AtomicInteger();
    byte[] calendar;

    @BeforeAll
    void read() throws IOException {
        calendar = Files.readAllBytes(Fixtures.own("legistar/Calendar_reordered_columns.html"));
    }

    @AfterAll
    void stopSites() {
        servers.forEach(s -> s.stop(0));
        PipelineData.forgetScrapedData(em);
    }

    /** A site that answers robots.txt, then the calendar (or 500 when broken), each after 100 ms. */
    private String site(String name, boolean broken) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            long start = System.nanoTime();
            maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            String path = exchange.getRequestURI().getPath();
            try (exchange) {
                Thread.sleep(100);
                // Counted out before the answer goes: once the client has the whole answer it frees its slot and may
                // start its next request before this handler would get to a decrement after the write.
                inFlight.decrementAndGet();
                if (path.equals("/robots.txt")) {
                    send(exchange, 200, "text/plain", "User-agent: *\nDisallow: /private/\n".getBytes(StandardCharsets.UTF_8));
                } else if (broken) {
                    send(exchange, 500, "text/html", "<h1>Internal Server Error</h1>".getBytes(StandardCharsets.UTF_8));
                } else {
                    send(exchange, 200, "text/html; charset=utf-8", calendar);
                }
            } catch (InterruptedException e) {
                inFlight.decrementAndGet();
                Thread.currentThread().interrupt();
            } finally {
                hits.add(new Hit(name, path, start, System.nanoTime()));
            }
        });
        server.start();
        servers.add(server);
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + name;
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
    }

    private SourceDefinition source(String jurisdiction, boolean broken) throws IOException {
        return new SourceDefinition(jurisdiction, "legistar-web", site(jurisdiction, broken), null, null, null, 1, null,
                null, null, true, "workers-test-" + jurisdiction, "test");
    }

    @Test
    void moreSourcesProgressThanRequestsFlyAndPolitenessHolds() throws IOException {
        List<String> healthy = List.of("pittsburgh-pa", "baltimore-md", "detroit-mi", "madison-wi", "clovis-ca",
                "georgetown-tx");
        List<SourceDefinition> sources = new ArrayList<>();
        for (String j : healthy) {
            sources.add(source(j, false));
        }
        sources.add(source("avenal-ca", true));

        Map<String, SourceRunner.Report> reports = scrapes.runAll(sources).stream()
                .collect(Collectors.toMap(SourceRunner.Report::source, Function.identity()));

        assertThat(reports).hasSize(7);
        assertThat(reports.get("workers-test-avenal-ca").error()).as("the broken site").contains("HTTP 500");
        for (String j : healthy) {
            assertThat(reports.get("workers-test-" + j).error()).as(j).isNull();
            assertThat(reports.get("workers-test-" + j).pages()).as(j).isEqualTo(1);
        }
        assertThat(hits).as("robots.txt and one page per site").hasSize(14);
        assertThat(maxInFlight.get()).as("requests in flight across all sites").isEqualTo(MAX_IN_FLIGHT);
        for (String j : healthy) {
            List<Hit> site = hits.stream().filter(h -> h.site().equals(j)).sorted(Comparator.comparingLong(Hit::start))
                    .toList();
            assertThat(site).extracting(Hit::path).containsExactly("/robots.txt", "/" + j + "/Calendar.aspx");
            assertThat(Duration.ofNanos(site.get(1).start() - site.get(0).end())).as("%s's pause", j)
                    .isGreaterThanOrEqualTo(PAUSE);
        }
        assertThat(mostSitesPausedAtOnce()).as("sites between robots.txt and their page at one moment")
                .isGreaterThan(MAX_IN_FLIGHT);
    }

    /** The most sites at one moment whose robots.txt was answered and whose page was not yet asked for. */
    private int mostSitesPausedAtOnce() {
        Map<String, List<Hit>> bySite = hits.stream().collect(Collectors.groupingBy(Hit::site));
        List<long[]> edges = new ArrayList<>();
        for (List<Hit> site : bySite.values()) {
            long robotsAnswered = site.stream().filter(h -> h.path().equals("/robots.txt")).findFirst().orElseThrow()
                    .end();
            long pageAsked = site.stream().filter(h -> !h.path().equals("/robots.txt")).findFirst().orElseThrow()
                    .start();
            edges.add(new long[] {robotsAnswered, +1});
            edges.add(new long[] {pageAsked, -1});
        }
        edges.sort(Comparator.<long[]>comparingLong(e -> e[0]).thenComparingLong(e -> e[1]));
        int now = 0;
        int most = 0;
        for (long[] edge : edges) {
            now += (int) edge[1];
            most = Math.max(most, now);
        }
        return most;
    }
}
