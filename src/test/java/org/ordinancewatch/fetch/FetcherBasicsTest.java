package org.ordinancewatch.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ordinancewatch.ingest.Pages;
import org.ordinancewatch.parse.Page;

class FetcherBasicsTest {

    private static final String HTML = "<html><body>Facial recognition ban</body></html>";

    private TestServer server;
    private FakeTime time;
    private Fetcher fetcher;

    @BeforeEach
    void setUp() throws Exception {
        time = new FakeTime();
        server = new TestServer()
                .route("/agenda", (ex, hit) -> TestServer.send(ex, 200, "text/html; charset=utf-8",
                        HTML.getBytes(StandardCharsets.UTF_8)))
                .route("/gzip", (ex, hit) -> {
                    ex.getResponseHeaders().set("Content-Encoding", "gzip");
                    TestServer.send(ex, 200, "text/html", Compression.gzip(HTML.getBytes(StandardCharsets.UTF_8)));
                })
                .route("/deflate", (ex, hit) -> {
                    ex.getResponseHeaders().set("Content-Encoding", "deflate");
                    TestServer.send(ex, 200, "text/html", deflate(HTML.getBytes(StandardCharsets.UTF_8)));
                });
        fetcher = TestSettings.fetcher(TestSettings.fast().build(), time);
    }

    @AfterEach
    void tearDown() {
        server.close();
    }

    @Test
    void successReturnsStatus200() throws Exception {
        assertThat(fetcher.fetch(server.url("/agenda")).status()).isEqualTo(200);
    }

    @Test
    void successReturnsBody() throws Exception {
        assertThat(new String(fetcher.fetch(server.url("/agenda")).body(), StandardCharsets.UTF_8)).isEqualTo(HTML);
    }

    @Test
    void successReturnsContentType() throws Exception {
        assertThat(fetcher.fetch(server.url("/agenda")).contentType()).isEqualTo("text/html; charset=utf-8");
    }

    @Test
    void successReturnsSha256OfBody() throws Exception {
        // computed independently: printf %s "$HTML" | sha256sum
        assertThat(fetcher.fetch(server.url("/agenda")).sha256())
                .isEqualTo("589ad435605a5ebb07dd395fea26109fe94d50470ab3e521d8b0e7b4a1db61b9");
    }

    @Test
    void successIsStampedWithClockTime() throws Exception {
        assertThat(fetcher.fetch(server.url("/agenda")).fetchedAt()).isEqualTo(FakeTime.START);
    }

    @Test
    void successWithoutRedirectHasFinalUrlEqualToRequested() throws Exception {
        FetchedPage page = fetcher.fetch(server.url("/agenda"));
        assertThat(page.finalUrl()).isEqualTo(page.requestedUrl());
    }

    @Test
    void successIsNotFlaggedNotModified() throws Exception {
        assertThat(fetcher.fetch(server.url("/agenda")).notModified()).isFalse();
    }

    @Test
    void toPageCarriesBodyUrlAndContentType() throws Exception {
        Page page = Pages.of(fetcher.fetch(server.url("/agenda")));
        assertThat(page.text()).isEqualTo(HTML);
        assertThat(page.url()).isEqualTo(server.url("/agenda"));
        assertThat(page.contentType()).isEqualTo("text/html; charset=utf-8");
    }

    @Test
    void userAgentHeaderIsSent() throws Exception {
        fetcher.fetch(server.url("/agenda"));
        assertThat(server.headers("/agenda", 1).getFirst("User-Agent"))
                .isEqualTo("OrdinanceWatch/0.1 (+https://example.org/ordinance-watch)");
    }

    @Test
    void gzipAndDeflateAreRequested() throws Exception {
        fetcher.fetch(server.url("/agenda"));
        assertThat(server.headers("/agenda", 1).getFirst("Accept-Encoding")).isEqualTo("gzip, deflate");
    }

    @Test
    void gzipBodyIsDecompressed() throws Exception {
        assertThat(new String(fetcher.fetch(server.url("/gzip")).body(), StandardCharsets.UTF_8)).isEqualTo(HTML);
    }

    @Test
    void deflateBodyIsDecompressed() throws Exception {
        assertThat(new String(fetcher.fetch(server.url("/deflate")).body(), StandardCharsets.UTF_8)).isEqualTo(HTML);
    }

    @Test
    void sha256IsOfTheDecompressedBody() throws Exception {
        assertThat(fetcher.fetch(server.url("/gzip")).sha256())
                .isEqualTo(fetcher.fetch(server.url("/agenda")).sha256());
    }

    private static byte[] deflate(byte[] data) throws java.io.IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DeflaterOutputStream z = new DeflaterOutputStream(out, new Deflater())) {
            z.write(data);
        }
        return out.toByteArray();
    }
}
