package org.ordinancewatch.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ordinancewatch.fetch.FetchException.Reason;

class FetcherRobotsTest {

    private static final String ROBOTS = """
            User-agent: *
            Disallow: /private/
            Allow: /private/agendas/
            """;

    private TestServer server;
    private FakeTime time;
    private Fetcher fetcher;

    @BeforeEach
    void setUp() throws Exception {
        time = new FakeTime();
        server = new TestServer()
                .text("/private/", 200, "secret")
                .text("/public/", 200, "public")
                .text("/private/agendas/", 200, "agendas");
        fetcher = TestSettings.fetcher(TestSettings.fast().respectRobots(true)
                .robotsTtl(Duration.ofHours(24)).robotsErrorTtl(Duration.ofMinutes(10)).build(), time);
    }

    @AfterEach
    void tearDown() {
        server.close();
    }

    @Test
    void disallowedPathIsRefusedWithoutRequestingIt() {
        server.text("/robots.txt", 200, ROBOTS);

        FetchException e = catchThrowableOfType(FetchException.class,
                () -> fetcher.fetch(server.url("/private/report.html")));

        assertThat(e.reason()).isEqualTo(Reason.DISALLOWED_BY_ROBOTS);
        assertThat(e.getMessage()).contains("disallowed by robots.txt");
        assertThat(server.hits("/private/")).isZero();
    }

    @Test
    void pathWithoutMatchingRuleIsFetched() throws Exception {
        server.text("/robots.txt", 200, ROBOTS);

        assertThat(fetcher.fetch(server.url("/public/")).status()).isEqualTo(200);
    }

    @Test
    void longerAllowOverridesShorterDisallow() throws Exception {
        server.text("/robots.txt", 200, ROBOTS);

        assertThat(fetcher.fetch(server.url("/private/agendas/")).status()).isEqualTo(200);
    }

    @Test
    void missingRobotsTxtAllowsEverything() throws Exception {
        server.text("/robots.txt", 404, "not found");

        assertThat(fetcher.fetch(server.url("/private/")).status()).isEqualTo(200);
    }

    @Test
    void robotsTxtServerErrorDisallowsEverythingForNow() {
        server.text("/robots.txt", 503, "down");

        FetchException e = catchThrowableOfType(FetchException.class, () -> fetcher.fetch(server.url("/public/")));

        assertThat(e.reason()).isEqualTo(Reason.DISALLOWED_BY_ROBOTS);
        assertThat(e.getMessage()).contains("HTTP 503");
    }

    @Test
    void robotsTxtServerErrorIsRetriedAfterTheErrorTtl() throws Exception {
        server.route("/robots.txt", (ex, hit) -> TestServer.send(ex, hit <= 3 ? 503 : 404, "x"));
        catchThrowableOfType(FetchException.class, () -> fetcher.fetch(server.url("/public/")));

        time.advance(Duration.ofMinutes(11));

        assertThat(fetcher.fetch(server.url("/public/")).status()).isEqualTo(200);
    }

    @Test
    void robotsTxtIsFetchedOncePerHost() throws Exception {
        server.text("/robots.txt", 200, ROBOTS);

        fetcher.fetch(server.url("/public/"));
        fetcher.fetch(server.url("/public/"));

        assertThat(server.hits("/robots.txt")).isEqualTo(1);
    }

    @Test
    void robotsTxtIsFetchedAgainAfterItsTtl() throws Exception {
        server.text("/robots.txt", 200, ROBOTS);
        fetcher.fetch(server.url("/public/"));

        time.advance(Duration.ofHours(25));
        fetcher.fetch(server.url("/public/"));

        assertThat(server.hits("/robots.txt")).isEqualTo(2);
    }

    @Test
    void redirectIntoADisallowedPathIsRefused() {
        server.text("/robots.txt", 200, ROBOTS);
        server.route("/go", (ex, hit) -> TestServer.redirect(ex, 302, "/private/report.html"));

        FetchException e = catchThrowableOfType(FetchException.class, () -> fetcher.fetch(server.url("/go")));

        assertThat(e.reason()).isEqualTo(Reason.DISALLOWED_BY_ROBOTS);
        assertThat(e.url()).isEqualTo(server.url("/private/report.html"));
    }

    @Test
    void groupNamingOurAgentWinsOverTheStarGroup() throws Exception {
        server.text("/robots.txt", 200, """
                User-agent: *
                Disallow: /

                User-agent: OrdinanceWatch
                Disallow: /private/
                """);

        assertThat(fetcher.fetch(server.url("/public/")).status()).isEqualTo(200);
    }

    @Test
    void robotsIsIgnoredWhenNotRespected() throws Exception {
        server.text("/robots.txt", 200, ROBOTS);
        Fetcher ignoring = TestSettings.fetcher(TestSettings.fast().respectRobots(false).build(), time);

        assertThat(ignoring.fetch(server.url("/private/")).status()).isEqualTo(200);
        assertThat(server.hits("/robots.txt")).isZero();
    }
}
