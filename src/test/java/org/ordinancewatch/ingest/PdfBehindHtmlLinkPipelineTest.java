package org.ordinancewatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.ordinancewatch.model.AgendaItem;
import org.ordinancewatch.model.Jurisdiction;
import org.ordinancewatch.model.Meeting;
import org.ordinancewatch.source.SourceDefinition;
import org.ordinancewatch.testing.Fixtures;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Granicus {@code AgendaViewer.php} links are routed to the Granicus HTML adapter, but many of them answer with a
 * PDF. The real Tulsa OK listing (three meetings), moved to a local host: one agenda viewer redirects to a PDF
 * file, one answers with PDF bytes under a generic content type, and one is a real HTML agenda. The crawl reads
 * each PDF as a PDF agenda and its items join the listing's meeting; the HTML agenda is still read as HTML.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PdfBehindHtmlLinkPipelineTest {

    static final String VIEWER = "/AgendaViewer.php?view_id=4&clip_id=";
    static final String REDIRECTED_PDF = "/DocumentViewer.php?file=tulsa_7169.pdf";

    @Inject
    ScrapeService scrapes;

    @Inject
    EntityManager em;

    PipelineSite site;
    SourceRunner.Report report;

    @BeforeAll
    void crawl() throws IOException {
        String listing = Files.readString(Fixtures.shared(
                "granicus_viewpublisher/City-Bureau__city-scrapers-san-diego/tests__files__tulok_citycouncil.html"));
        byte[] htmlAgenda = Files.readAllBytes(Fixtures.shared(
                "granicus_viewpublisher/washabstract__city-scrapers-ca/tests__files__lawa_3.html"));
        byte[] redirected = PipelineSite.pdf(List.of("CITY COUNCIL SPECIAL MEETING", "1. Call to Order",
                "2. Discussion of the police department's use of facial recognition technology",
                "3. Adjournment"));
        byte[] octetStream = PipelineSite.pdf(List.of("CITY COUNCIL REGULAR MEETING", "1. Call to Order",
                "2. Budget amendment for fiscal year 2026", "3. Adjournment"));
        AtomicReference<String> host = new AtomicReference<>();
        site = new PipelineSite(key -> {
            if (key.equals("/ViewPublisher.php?view_id=4")) {
                return PipelineSite.Response.html(listing.replace("//tulsa-ok.granicus.com/", "//" + host.get() + "/")
                        .getBytes(StandardCharsets.UTF_8));
            }
            if (key.equals(VIEWER + "7169")) {
                return PipelineSite.Response.redirect(REDIRECTED_PDF);
            }
            if (key.equals(REDIRECTED_PDF)) {
                return PipelineSite.Response.pdf(redirected);
            }
            if (key.equals(VIEWER + "7168")) {
                return new PipelineSite.Response(octetStream, "application/octet-stream");
            }
            return key.equals(VIEWER + "7167") ? PipelineSite.Response.html(htmlAgenda) : null;
        });
        host.set(site.base().replace("http://", ""));
        SourceDefinition source = new SourceDefinition("portland-or", "granicus-viewpublisher",
                site.base() + "/ViewPublisher.php?view_id=4", null, null, null, 10, null, null, null, true,
                "test-granicus-pdf", "test");
        report = scrapes.runAll(List.of(source)).get(0);
    }

    @AfterAll
    void stopSiteAndForget() {
        site.close();
        PipelineData.forgetScrapedData(em);
    }

    private static List<String> itemTitles(String sourceKey) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Jurisdiction portland = Jurisdiction.findBySlug("portland-or").orElseThrow();
            Meeting meeting = Meeting.findBySource(portland, sourceKey).orElseThrow();
            return AgendaItem.forMeeting(meeting).stream().map(i -> i.title).toList();
        });
    }

    @Test
    void everyAgendaIsReadWithoutAFailedPage() {
        assertThat(report.error()).isNull();
        assertThat(report.failedPages()).isZero();
        assertThat(report.pages()).isEqualTo(4);
        assertThat(site.requests).contains(REDIRECTED_PDF);
    }

    @Test
    void aViewerThatRedirectsToAPdfGivesItsMeetingThePdfsItems() {
        assertThat(itemTitles("id:clip-7169")).containsExactly("Call to Order",
                "Discussion of the police department's use of facial recognition technology",
                "Adjournment");
        boolean relevant = QuarkusTransaction.requiringNew().call(() -> AgendaItem.forMeeting(
                Meeting.findBySource(Jurisdiction.findBySlug("portland-or").orElseThrow(), "id:clip-7169").orElseThrow())
                .stream().anyMatch(i -> i.relevant && i.title.contains("facial recognition")));
        assertThat(relevant).isTrue();
    }

    @Test
    void pdfBytesUnderAGenericContentTypeAreReadAsAPdf() {
        assertThat(itemTitles("id:clip-7168")).contains("Budget amendment for fiscal year 2026");
    }

    @Test
    void anHtmlAgendaViewerIsStillReadAsHtml() {
        assertThat(itemTitles("id:clip-7167")).contains("APPROVAL OF MINUTES");
    }

    @Test
    void noPdfBecomesAMeetingOfItsOwn() {
        long meetings = QuarkusTransaction.requiringNew()
                .call(() -> Meeting.forJurisdiction(Jurisdiction.findBySlug("portland-or").orElseThrow()).size());
        assertThat(meetings).isEqualTo(3);
    }
}
