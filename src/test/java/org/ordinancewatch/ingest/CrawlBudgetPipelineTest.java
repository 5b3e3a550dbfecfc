package org.ordinancewatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.ordinancewatch.model.Jurisdiction;
import org.ordinancewatch.model.Measure;
import org.ordinancewatch.model.Status;
import org.ordinancewatch.source.SourceDefinition;
import org.ordinancewatch.testing.Fixtures;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A large Legistar calendar under a small {@code max-pages}: the real New York City calendar (100 meetings), moved
 * to a local host, whose every meeting page carries the same agenda (a face-surveillance ordinance and two
 * unrelated items). The relevant file's legislation page is read right after the first meeting page, before
 * the other meetings, and the unrelated items' legislation pages are never requested.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CrawlBudgetPipelineTest {

    static final String FRT_FILE = "O2026-0142";
    static final int MAX_PAGES = 5;

    @Inject
    ScrapeService scrapes;

    @Inject
    EntityManager em;

    PipelineSite site;
    SourceRunner.Report report;

    @BeforeAll
    void crawl() throws IOException {
        String calendar = Files.readString(Fixtures.shared(
                "legistar_web_ui/opencivicdata__python-legistar-scraper/tests__fixtures__legistar.council.nyc.gov__Calendar.html"));
        byte[] meeting = Files.readAllBytes(Fixtures.own("legistar/MeetingDetail_city_council.html"));
        byte[] legislation = Files.readAllBytes(Fixtures.own("legistar/LegislationDetail_face_surveillance.html"));
        java.util.concurrent.atomic.AtomicReference<String> base = new java.util.concurrent.atomic.AtomicReference<>();
        site = new PipelineSite(key -> {
            if (key.equals("/Calendar.aspx")) {
                return PipelineSite.Response.html(rehosted(calendar, base.get()));
            }
            if (key.startsWith("/MeetingDetail.aspx?")) {
                return PipelineSite.Response.html(meeting);
            }
            return key.startsWith("/LegislationDetail.aspx?ID=7012345&") ? PipelineSite.Response.html(legislation) : null;
        });
        base.set(site.base());
        SourceDefinition source = new SourceDefinition("seattle-wa", "legistar-web", site.base(), null, null, null,
                MAX_PAGES, null, null, null, true, "test-crawl-budget", "test");
        report = scrapes.runAll(List.of(source)).get(0);
    }

    /**
     * The calendar with its links on the local host, and without its ASP.NET view state, so the crawl reads it as
     * served instead of posting it back for this year's view and its further pages.
     */
    private static byte[] rehosted(String calendar, String base) {
        return calendar.replace("http://legistar.council.nyc.gov/", base + "/")
                .replaceAll("<input[^>]*name=\"__VIEWSTATE\"[^>]*>", "").getBytes(StandardCharsets.UTF_8);
    }

    @AfterAll
    void stopSiteAndForget() {
        site.close();
        PipelineData.forgetScrapedData(em);
    }

    @Test
    void theBudgetRunsOutWithMeetingsLeftOver() {
        assertThat(report.error()).isNull();
        assertThat(report.pages()).isEqualTo(MAX_PAGES);
        assertThat(report.warnings()).anyMatch(w -> w.startsWith("stopped after max-pages=" + MAX_PAGES));
    }

    @Test
    void theRelevantLegislationIsReadRightAfterTheFirstMeeting() {
        List<String> pages = site.requests;
        assertThat(pages).hasSize(MAX_PAGES);
        assertThat(pages.get(0)).isEqualTo("/Calendar.aspx");
        assertThat(pages.get(1)).startsWith("/MeetingDetail.aspx?");
        assertThat(pages.get(2)).startsWith("/LegislationDetail.aspx?ID=7012345&");
        assertThat(pages.subList(3, MAX_PAGES)).allMatch(k -> k.startsWith("/MeetingDetail.aspx?"));
    }

    @Test
    void unrelatedItemsLegislationPagesAreNeverRequested() {
        assertThat(site.requests).noneMatch(k -> k.contains("ID=7012388") || k.contains("ID=7012390"));
    }

    @Test
    void theLegislationHistoryMovedTheMeasure() {
        QuarkusTransaction.requiringNew().run(() -> {
            Measure measure = Measure.findByIdentifier(Jurisdiction.findBySlug("seattle-wa").orElseThrow(), FRT_FILE)
                    .orElseThrow();
            assertThat(measure.status).as("'Signed by Mayor' is only on the legislation page").isEqualTo(Status.IN_FORCE);
        });
    }
}
