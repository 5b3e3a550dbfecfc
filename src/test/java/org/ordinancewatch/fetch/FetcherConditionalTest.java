package org.ordinancewatch.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ordinancewatch.ingest.Pages;

class FetcherConditionalTest {

    private static final String ETAG = "\"v1\"";
    private static final String LAST_MODIFIED = "Wed, 14 Jan 2026 09:00:00 GMT";

    private TestServer server;
    private Fetcher fetcher;

    @BeforeEach
    void setUp() throws Exception {
        server = new TestServer().route("/agenda", (ex, hit) -> {
            boolean sameEtag = ETAG.equals(ex.getRequestHeaders().getFirst("If-None-Match"));
            boolean sameDate = LAST_MODIFIED.equals(ex.getRequestHeaders().getFirst("If-Modified-Since"));
            if (sameEtag || sameDate) {
                ex.sendResponseHeaders(304, -1);
            } else {
                ex.getResponseHeaders().set("ETag", ETAG);
                ex.getResponseHeaders().set("Last-Modified", LAST_MODIFIED);
                TestServer.send(ex, 200, "agenda v1");
            }
        });
        fetcher = TestSettings.fetcher(TestSettings.fast().build(), new FakeTime());
    }

    @AfterEach
    void tearDown() {
        server.close();
    }

    @Test
    void firstFetchRecordsEtag() throws Exception {
        assertThat(fetcher.fetch(server.url("/agenda")).etag()).isEqualTo(ETAG);
    }

    @Test
    void firstFetchRecordsLastModified() throws Exception {
        assertThat(fetcher.fetch(server.url("/agenda")).lastModified()).isEqualTo(LAST_MODIFIED);
    }

    @Test
    void matchingEtagYieldsNotModified() throws Exception {
        FetchedPage page = fetcher.fetch(new FetchRequest(server.url("/agenda"), ETAG, null));

        assertThat(page.notModified()).isTrue();
        assertThat(page.status()).isEqualTo(304);
    }

    @Test
    void matchingLastModifiedYieldsNotModified() throws Exception {
        assertThat(fetcher.fetch(new FetchRequest(server.url("/agenda"), null, LAST_MODIFIED)).notModified()).isTrue();
    }

    @Test
    void notModifiedHasNoBodyAndNoHash() throws Exception {
        FetchedPage page = fetcher.fetch(new FetchRequest(server.url("/agenda"), ETAG, null));

        assertThat(page.body()).isEmpty();
        assertThat(page.sha256()).isNull();
    }

    @Test
    void notModifiedKeepsTheRequestValidatorsWhenTheServerOmitsThem() throws Exception {
        FetchedPage page = fetcher.fetch(new FetchRequest(server.url("/agenda"), ETAG, LAST_MODIFIED));

        assertThat(page.etag()).isEqualTo(ETAG);
        assertThat(page.lastModified()).isEqualTo(LAST_MODIFIED);
    }

    @Test
    void revalidatingSendsBothValidators() throws Exception {
        FetchedPage first = fetcher.fetch(server.url("/agenda"));

        fetcher.fetch(FetchRequest.revalidating(first));

        assertThat(server.headers("/agenda", 2).getFirst("If-None-Match")).isEqualTo(ETAG);
        assertThat(server.headers("/agenda", 2).getFirst("If-Modified-Since")).isEqualTo(LAST_MODIFIED);
    }

    @Test
    void staleValidatorGetsTheFullBody() throws Exception {
        FetchedPage page = fetcher.fetch(new FetchRequest(server.url("/agenda"), "\"v0\"", null));

        assertThat(page.notModified()).isFalse();
        assertThat(Pages.of(page).text()).isEqualTo("agenda v1");
    }

    @Test
    void notModifiedCannotBecomeAPage() throws Exception {
        FetchedPage page = fetcher.fetch(new FetchRequest(server.url("/agenda"), ETAG, null));

        assertThatThrownBy(() -> Pages.of(page)).isInstanceOf(IllegalStateException.class);
    }
}
