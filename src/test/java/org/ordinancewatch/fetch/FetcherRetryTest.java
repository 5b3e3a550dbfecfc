package org.ordinancewatch.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ordinancewatch.fetch.FetchException.Reason;

class FetcherRetryTest {

    private TestServer server;
    private FakeTime time;
    private Fetcher fetcher;

    @BeforeEach
    void setUp() throws Exception {
        time = new FakeTime();
        server = new TestServer();
        fetcher = TestSettings.fetcher(TestSettings.fast().retryBackoff(Duration.ofMillis(500)).build(), time);
    }

    @AfterEach
    void tearDown() {
        server.close();
    }

    @Test
    void stalledServerTimesOutAndTheRetrySucceeds() throws Exception {
        server.route("/slow-once", (ex, hit) -> {
            if (hit == 1) {
                server.stall();
            }
            TestServer.send(ex, 200, "ok");
        });

        FetchedPage page = fetcher.fetch(server.url("/slow-once"));

        assertThat(page.status()).isEqualTo(200);
        assertThat(server.hits("/slow-once")).isEqualTo(2);
    }

    @Test
    void serverStallingEveryTimeEndsInTimeoutException() {
        Fetcher oneShot = TestSettings.fetcher(TestSettings.fast().retries(0).build(), time);
        server.route("/stall", (ex, hit) -> server.stall());

        FetchException e = catchThrowableOfType(FetchException.class, () -> oneShot.fetch(server.url("/stall")));

        assertThat(e.reason()).isEqualTo(Reason.TIMEOUT);
    }

    @Test
    void bodyThatStopsMidwayTimesOut() {
        Fetcher oneShot = TestSettings.fetcher(TestSettings.fast().retries(0).build(), time);
        server.route("/half", (ex, hit) -> {
            ex.sendResponseHeaders(200, 1000);
            OutputStream out = ex.getResponseBody();
            out.write(new byte[100]);
            out.flush();
            server.stall();
        });

        FetchException e = catchThrowableOfType(FetchException.class, () -> oneShot.fetch(server.url("/half")));

        assertThat(e.reason()).isEqualTo(Reason.TIMEOUT);
        assertThat(e.getMessage()).contains("read timeout");
    }

    @Test
    void bodyTricklingPastTheTotalTimeoutIsCut() {
        Fetcher oneShot = TestSettings.fetcher(TestSettings.fast().retries(0)
                .totalTimeout(Duration.ofMillis(600)).build(), time);
        server.route("/drip", (ex, hit) -> {
            ex.sendResponseHeaders(200, 0);
            OutputStream out = ex.getResponseBody();
            for (int i = 0; i < 40 && server.closing.getCount() > 0; i++) {
                out.write('x');
                out.flush();
                Thread.sleep(50);
            }
        });

        FetchException e = catchThrowableOfType(FetchException.class, () -> oneShot.fetch(server.url("/drip")));

        assertThat(e.reason()).isEqualTo(Reason.TIMEOUT);
        assertThat(e.getMessage()).contains("total timeout");
    }

    @Test
    void serverErrorIsRetriedUntilSuccess() throws Exception {
        server.route("/flaky", (ex, hit) -> TestServer.send(ex, hit <= 2 ? 502 : 200, "attempt " + hit));

        FetchedPage page = fetcher.fetch(server.url("/flaky"));

        assertThat(page.status()).isEqualTo(200);
        assertThat(server.hits("/flaky")).isEqualTo(3);
    }

    @Test
    void backoffDoublesBetweenRetries() throws Exception {
        server.route("/flaky", (ex, hit) -> TestServer.send(ex, hit <= 2 ? 500 : 200, "attempt " + hit));

        fetcher.fetch(server.url("/flaky"));

        assertThat(time.sleeps()).containsExactly(Duration.ofMillis(500), Duration.ofMillis(1000));
    }

    @Test
    void persistentServerErrorIsReturnedWithItsStatusAfterTheRetries() throws Exception {
        server.text("/down", 503, "maintenance");

        FetchedPage page = fetcher.fetch(server.url("/down"));

        assertThat(page.status()).isEqualTo(503);
        assertThat(server.hits("/down")).isEqualTo(3);
    }

    @Test
    void notFoundIsNotRetried() throws Exception {
        server.text("/gone", 404, "no such agenda");

        FetchedPage page = fetcher.fetch(server.url("/gone"));

        assertThat(page.status()).isEqualTo(404);
        assertThat(server.hits("/gone")).isEqualTo(1);
    }

    @Test
    void tooManyRequestsWaitsForRetryAfterSeconds() throws Exception {
        server.route("/busy", (ex, hit) -> {
            if (hit == 1) {
                ex.getResponseHeaders().set("Retry-After", "7");
                TestServer.send(ex, 429, "slow down");
            } else {
                TestServer.send(ex, 200, "ok");
            }
        });

        FetchedPage page = fetcher.fetch(server.url("/busy"));

        assertThat(page.status()).isEqualTo(200);
        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(7));
    }

    @Test
    void retryAfterHttpDateIsHonoured() throws Exception {
        String inNinetySeconds = DateTimeFormatter.RFC_1123_DATE_TIME
                .format(FakeTime.START.plusSeconds(90).atOffset(ZoneOffset.UTC));
        server.route("/busy", (ex, hit) -> {
            if (hit == 1) {
                ex.getResponseHeaders().set("Retry-After", inNinetySeconds);
                TestServer.send(ex, 503, "later");
            } else {
                TestServer.send(ex, 200, "ok");
            }
        });

        fetcher.fetch(server.url("/busy"));

        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(90));
    }

    @Test
    void retryAfterIsCappedAtMaxRetryAfter() throws Exception {
        server.route("/busy", (ex, hit) -> {
            ex.getResponseHeaders().set("Retry-After", "86400");
            TestServer.send(ex, hit == 1 ? 429 : 200, "x");
        });

        fetcher.fetch(server.url("/busy"));

        assertThat(time.sleeps()).containsExactly(Duration.ofMinutes(2));
    }

    @Test
    void connectionRefusedIsANetworkFailureAfterRetries() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }

        FetchException e = catchThrowableOfType(FetchException.class,
                () -> fetcher.fetch(URI.create("http://127.0.0.1:" + closedPort + "/")));

        assertThat(e.reason()).isEqualTo(Reason.NETWORK);
        assertThat(time.sleeps()).hasSize(2);
    }
}
