package org.ordinancewatch.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.OutputStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ordinancewatch.fetch.FetchException.Reason;

class FetcherLimitsTest {

    private static final int LIMIT = 64 * 1024;

    private TestServer server;
    private Fetcher fetcher;

    @BeforeEach
    void setUp() throws Exception {
        server = new TestServer();
        fetcher = TestSettings.fetcher(TestSettings.fast().maxBytes(LIMIT).build(), new FakeTime());
    }

    @AfterEach
    void tearDown() {
        server.close();
    }

    @Test
    void bodyExactlyAtTheLimitIsAccepted() throws Exception {
        server.route("/exact", (ex, hit) -> TestServer.send(ex, 200, "text/plain", new byte[LIMIT]));

        assertThat(fetcher.fetch(server.url("/exact")).body()).hasSize(LIMIT);
    }

    @Test
    void streamedBodyOverTheLimitIsRefused() {
        server.route("/huge", (ex, hit) -> {
            ex.sendResponseHeaders(200, 0); // chunked: no Content-Length to judge by
            try (OutputStream out = ex.getResponseBody()) {
                for (int i = 0; i < 20; i++) {
                    out.write(new byte[LIMIT / 4]);
                }
            }
        });

        FetchException e = catchThrowableOfType(FetchException.class, () -> fetcher.fetch(server.url("/huge")));

        assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE);
        assertThat(e.getMessage()).contains("while streaming");
    }

    @Test
    void declaredContentLengthOverTheLimitIsRefusedUnread() {
        server.route("/huge", (ex, hit) -> TestServer.send(ex, 200, "text/plain", new byte[LIMIT * 2]));

        FetchException e = catchThrowableOfType(FetchException.class, () -> fetcher.fetch(server.url("/huge")));

        assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE);
        assertThat(e.getMessage()).contains("Content-Length");
    }

    @Test
    void gzipBombIsRefusedAfterDecompression() {
        byte[] bomb = Compression.gzip(new byte[10 * 1024 * 1024]);
        assertThat(bomb.length).isLessThan(LIMIT);
        server.route("/bomb", (ex, hit) -> {
            ex.getResponseHeaders().set("Content-Encoding", "gzip");
            TestServer.send(ex, 200, "text/html", bomb);
        });

        FetchException e = catchThrowableOfType(FetchException.class, () -> fetcher.fetch(server.url("/bomb")));

        assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE);
        assertThat(e.getMessage()).contains("after gzip decompression");
    }

    @Test
    void oversizedBodyIsNotRetried() {
        server.route("/huge", (ex, hit) -> TestServer.send(ex, 200, "text/plain", new byte[LIMIT * 2]));

        catchThrowableOfType(FetchException.class, () -> fetcher.fetch(server.url("/huge")));

        assertThat(server.hits("/huge")).isEqualTo(1);
    }

    @Test
    void unrequestedContentEncodingIsRefused() {
        server.route("/br", (ex, hit) -> {
            ex.getResponseHeaders().set("Content-Encoding", "br");
            TestServer.send(ex, 200, "text/html", new byte[] {1, 2, 3});
        });

        FetchException e = catchThrowableOfType(FetchException.class, () -> fetcher.fetch(server.url("/br")));

        assertThat(e.reason()).isEqualTo(Reason.BAD_ENCODING);
    }
}
