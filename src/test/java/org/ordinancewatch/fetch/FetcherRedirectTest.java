package org.ordinancewatch.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.URI;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ordinancewatch.fetch.FetchException.Reason;

class FetcherRedirectTest {

    private TestServer server;
    private Fetcher fetcher;
    /** Reaches the loopback test server but refuses every other non-public address, as production would. */
    private Fetcher guarded;

    @BeforeEach
    void setUp() throws Exception {
        server = new TestServer()
                .route("/old", (ex, hit) -> TestServer.redirect(ex, 301, server.url("/new").toString()))
                .route("/relative", (ex, hit) -> TestServer.redirect(ex, 302, "new?from=relative"))
                .text("/new", 200, "moved here")
                .route("/loop", (ex, hit) -> TestServer.redirect(ex, 302, "/loop"))
                .route("/to-private", (ex, hit) -> TestServer.redirect(ex, 302, "http://10.0.0.1/admin"))
                .route("/to-metadata", (ex, hit) -> TestServer.redirect(ex, 307,
                        "http://169.254.169.254/latest/meta-data/"))
                .route("/to-file", (ex, hit) -> TestServer.redirect(ex, 302, "file:///etc/passwd"));
        FetchSettings settings = TestSettings.fast().maxRedirects(3).allowPrivateAddresses(false).build();
        FakeTime time = new FakeTime();
        fetcher = TestSettings.fetcher(TestSettings.fast().maxRedirects(3).build(), time);
        guarded = new Fetcher(settings, time, time, TestSettings.publicOrLoopback());
    }

    @AfterEach
    void tearDown() {
        server.close();
    }

    @Test
    void redirectIsFollowedToTheFinalPage() throws Exception {
        assertThat(fetcher.fetch(server.url("/old")).status()).isEqualTo(200);
    }

    @Test
    void redirectReportsFinalUrl() throws Exception {
        assertThat(fetcher.fetch(server.url("/old")).finalUrl()).isEqualTo(server.url("/new"));
    }

    @Test
    void redirectKeepsRequestedUrl() throws Exception {
        assertThat(fetcher.fetch(server.url("/old")).requestedUrl()).isEqualTo(server.url("/old"));
    }

    @Test
    void relativeLocationResolvesAgainstTheCurrentUrl() throws Exception {
        assertThat(fetcher.fetch(server.url("/relative")).finalUrl()).isEqualTo(server.url("/new?from=relative"));
    }

    @Test
    void tooManyRedirectsFail() {
        FetchException e = catchThrowableOfType(FetchException.class, () -> fetcher.fetch(server.url("/loop")));

        assertThat(e.reason()).isEqualTo(Reason.TOO_MANY_REDIRECTS);
        assertThat(server.hits("/loop")).isEqualTo(4); // the first request plus maxRedirects=3 hops
    }

    @Test
    void redirectToPrivateNetworkIsRefusedBeforeConnecting() {
        FetchException e = catchThrowableOfType(FetchException.class, () -> guarded.fetch(server.url("/to-private")));

        // TIMEOUT or NETWORK would mean a connection to 10.0.0.1 was attempted
        assertThat(e.reason()).isEqualTo(Reason.FORBIDDEN_ADDRESS);
        assertThat(e.url()).isEqualTo(URI.create("http://10.0.0.1/admin"));
        assertThat(e.getMessage()).contains("http://10.0.0.1/admin").contains("private address");
    }

    @Test
    void redirectToCloudMetadataIsRefused() {
        FetchException e = catchThrowableOfType(FetchException.class, () -> guarded.fetch(server.url("/to-metadata")));

        assertThat(e.reason()).isEqualTo(Reason.FORBIDDEN_ADDRESS);
        assertThat(e.getMessage()).contains("169.254.169.254").contains("link-local");
    }

    @Test
    void loopbackIsRefusedUnlessPrivateAddressesAreAllowed() {
        Fetcher production = new Fetcher(TestSettings.fast().allowPrivateAddresses(false).build());

        FetchException e = catchThrowableOfType(FetchException.class, () -> production.fetch(server.url("/new")));

        assertThat(e.reason()).isEqualTo(Reason.FORBIDDEN_ADDRESS);
        assertThat(server.hits("/new")).isZero();
    }

    @Test
    void hostNameResolvingToLoopbackIsRefused() {
        Fetcher production = new Fetcher(TestSettings.fast().allowPrivateAddresses(false).build());

        FetchException e = catchThrowableOfType(FetchException.class,
                () -> production.fetch(URI.create("http://localhost:" + server.port() + "/new")));

        assertThat(e.reason()).isEqualTo(Reason.FORBIDDEN_ADDRESS);
        assertThat(e.getMessage()).contains("loopback");
    }

    @Test
    void nonHttpSchemeIsRefused() {
        FetchException e = catchThrowableOfType(FetchException.class,
                () -> fetcher.fetch(URI.create("ftp://example.org/agenda.pdf")));

        assertThat(e.reason()).isEqualTo(Reason.UNSUPPORTED_SCHEME);
        assertThat(e.getMessage()).contains("ftp://example.org/agenda.pdf");
    }

    @Test
    void redirectToFileSchemeIsRefused() {
        FetchException e = catchThrowableOfType(FetchException.class, () -> fetcher.fetch(server.url("/to-file")));

        assertThat(e.reason()).isEqualTo(Reason.UNSUPPORTED_SCHEME);
    }

    @Test
    void relativeRequestUrlIsRefused() {
        FetchException e = catchThrowableOfType(FetchException.class, () -> fetcher.fetch(URI.create("/agenda")));

        assertThat(e.reason()).isEqualTo(Reason.INVALID_URL);
    }
}
