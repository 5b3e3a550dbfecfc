package org.ordinancewatch.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FetcherPolitenessTest {

    private final List<TestServer> servers = new ArrayList<>();
    private final ExecutorService pool = Executors.newFixedThreadPool(4);
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxInFlight = new AtomicInteger();
    private final FakeTime time = new FakeTime();

    @AfterEach
    void tearDown() {
        pool.shutdownNow();
        servers.forEach(TestServer::close);
    }

    /** A server whose /slow holds each request for a while and counts how many overlap across all servers. */
    private TestServer slowServer() throws Exception {
        TestServer server = new TestServer().route("/slow", (ex, hit) -> {
            maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            try {
                Thread.sleep(150);
            } finally {
                inFlight.decrementAndGet();
            }
            TestServer.send(ex, 200, "ok");
        });
        servers.add(server);
        return server;
    }

    private void fetchConcurrently(Fetcher fetcher, List<TestServer> targets) throws Exception {
        List<Future<FetchedPage>> results = new ArrayList<>();
        for (TestServer target : targets) {
            results.add(pool.submit(() -> fetcher.fetch(target.url("/slow"))));
        }
        for (Future<FetchedPage> result : results) {
            assertThat(result.get(5, TimeUnit.SECONDS).status()).isEqualTo(200);
        }
    }

    @Test
    void requestsToOneHostNeverOverlap() throws Exception {
        TestServer server = slowServer();
        Fetcher fetcher = TestSettings.fetcher(TestSettings.fast().maxConcurrency(4).build(), time);

        fetchConcurrently(fetcher, List.of(server, server, server));

        assertThat(server.hits("/slow")).isEqualTo(3);
        assertThat(maxInFlight.get()).isEqualTo(1);
    }

    @Test
    void globalLimitCapsRequestsAcrossHosts() throws Exception {
        List<TestServer> hosts = List.of(slowServer(), slowServer(), slowServer(), slowServer());
        Fetcher fetcher = TestSettings.fetcher(TestSettings.fast().maxConcurrency(2).build(), time);

        fetchConcurrently(fetcher, hosts);

        assertThat(maxInFlight.get()).isEqualTo(2);
    }

    @Test
    void differentHostsAreFetchedInParallel() throws Exception {
        List<TestServer> hosts = List.of(slowServer(), slowServer(), slowServer());
        Fetcher fetcher = TestSettings.fetcher(TestSettings.fast().maxConcurrency(4).build(), time);

        fetchConcurrently(fetcher, hosts);

        assertThat(maxInFlight.get()).isGreaterThan(1);
    }

    @Test
    void secondRequestToAHostWaitsThePerHostDelay() throws Exception {
        TestServer server = new TestServer().text("/page", 200, "ok");
        servers.add(server);
        Fetcher fetcher = TestSettings.fetcher(TestSettings.fast().perHostDelay(Duration.ofSeconds(1)).build(), time);

        fetcher.fetch(server.url("/page"));
        fetcher.fetch(server.url("/page"));

        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(1));
    }

    @Test
    void perHostDelayOnlyWaitsForTheRemainder() throws Exception {
        TestServer server = new TestServer().text("/page", 200, "ok");
        servers.add(server);
        Fetcher fetcher = TestSettings.fetcher(TestSettings.fast().perHostDelay(Duration.ofSeconds(1)).build(), time);

        fetcher.fetch(server.url("/page"));
        time.advance(Duration.ofMillis(700));
        fetcher.fetch(server.url("/page"));

        assertThat(time.sleeps()).containsExactly(Duration.ofMillis(300));
    }

    @Test
    void perHostDelayDoesNotApplyAcrossHosts() throws Exception {
        TestServer first = new TestServer().text("/page", 200, "ok");
        TestServer second = new TestServer().text("/page", 200, "ok");
        servers.add(first);
        servers.add(second);
        Fetcher fetcher = TestSettings.fetcher(TestSettings.fast().perHostDelay(Duration.ofSeconds(1)).build(), time);

        fetcher.fetch(first.url("/page"));
        fetcher.fetch(second.url("/page"));

        assertThat(time.sleeps()).isEmpty();
    }
}
