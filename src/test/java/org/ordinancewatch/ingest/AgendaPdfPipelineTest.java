package org.ordinancewatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;

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
 * Listings that name a meeting's HTML agenda first and its PDF second, so the stored agenda link is the HTML copy
 * while the crawl reads the PDF: the real South Fulton GA NovusAGENDA page and the real Los Angeles PrimeGov
 * archive, each on a local host with generated agenda PDFs. The PDF's items join the meeting that linked it, no
 * PDF becomes a meeting of its own, and the HTML copies are never requested.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AgendaPdfPipelineTest {

    static final String NOVUS_LISTING = "/agendapublic/meetingsresponsive.aspx";
    static final String NOVUS_FRT_PDF = "/agendapublic/DisplayAgendaPDF.ashx?MeetingID=468";
    static final String PRIMEGOV_FRT_PDF = "/Public/CompiledDocument?meetingTemplateId=77545&compileOutputType=1";
    static final String FRT_LINE = "Resolution authorizing a facial recognition technology pilot for the police department";

    @Inject
    ScrapeService scrapes;

    @Inject
    EntityManager em;

    PipelineSite novus;
    PipelineSite primeGov;
    List<SourceRunner.Report> reports;

    @BeforeAll
    void crawl() throws IOException {
        byte[] listing = Files.readAllBytes(Fixtures.shared(
                "novusagenda/City-Bureau__city-scrapers-atl/tests__files__atl_south_fulton_city_council.html"));
        byte[] archive = Files.readAllBytes(Fixtures.shared("primegov/washabstract__city-scrapers-ca/tests__files__la_city_government.html"));
        byte[] frtAgenda = PipelineSite.pdf(List.of("AGENDA", "1. Call to Order", "2. " + FRT_LINE, "3. Adjournment"));
        byte[] otherAgenda = PipelineSite.pdf(List.of("AGENDA", "1. Call to Order", "2. Adjournment"));
        novus = new PipelineSite(key -> key.equals(NOVUS_LISTING) ? PipelineSite.Response.html(listing)
                : key.equals(NOVUS_FRT_PDF) ? PipelineSite.Response.pdf(frtAgenda)
                : key.startsWith("/agendapublic/DisplayAgendaPDF.ashx?") ? PipelineSite.Response.pdf(otherAgenda) : null);
        primeGov = new PipelineSite(key -> key.startsWith("/api/v2/PublicPortal/ListArchivedMeetings?")
                ? new PipelineSite.Response(archive, "application/json")
                : key.equals("/api/v2/PublicPortal/ListUpcomingMeetings") ? new PipelineSite.Response("[]".getBytes(), "application/json")
                : key.equals(PRIMEGOV_FRT_PDF) ? PipelineSite.Response.pdf(frtAgenda)
                : key.startsWith("/Public/CompiledDocument?") ? PipelineSite.Response.pdf(otherAgenda) : null);
        reports = scrapes.runAll(List.of(
                new SourceDefinition("boston-ma", "novusagenda", novus.base(), null, null, null, 30, null, null, null,
                        true, "test-novus-pdf", "test"),
                new SourceDefinition("brookline-ma", "primegov", primeGov.base(), null, null, null, 30, null, null,
                        null, true, "test-primegov-pdf", "test")));
    }

    @AfterAll
    void stopSitesAndForget() {
        novus.close();
        primeGov.close();
        PipelineData.forgetScrapedData(em);
    }

    private static Meeting meeting(String jurisdiction, String key) {
        return Meeting.findBySource(Jurisdiction.findBySlug(jurisdiction).orElseThrow(), key).orElseThrow();
    }

    private static int meetings(String jurisdiction) {
        return Meeting.forJurisdiction(Jurisdiction.findBySlug(jurisdiction).orElseThrow()).size();
    }

    @Test
    void everyAgendaPdfIsReadAndNoHtmlCopyIsRequested() {
        assertThat(reports).extracting(SourceRunner.Report::error).containsOnlyNulls();
        assertThat(reports).extracting(SourceRunner.Report::failedPages).containsOnly(0);
        // 11 meetings link a DisplayAgendaPDF; LA's five meetings have four compiled PDF agendas
        assertThat(novus.requests).filteredOn(k -> k.contains("DisplayAgendaPDF")).hasSize(11);
        assertThat(primeGov.requests).filteredOn(k -> k.startsWith("/Public/CompiledDocument?")).hasSize(4);
        assertThat(novus.requests).noneMatch(k -> k.contains("MeetingView.aspx"));
        assertThat(primeGov.requests).noneMatch(k -> k.contains("/Portal/Meeting"));
    }

    @Test
    void novusPdfItemsJoinTheMeetingWhoseStoredAgendaIsTheHtmlView() {
        QuarkusTransaction.requiringNew().run(() -> {
            Meeting meeting = meeting("boston-ma", "id:468");
            assertThat(meeting.agendaUrl).contains("MeetingView.aspx?MeetingID=468");
            List<AgendaItem> items = AgendaItem.forMeeting(meeting);
            AgendaItem frt = items.stream().filter(i -> FRT_LINE.equals(i.title)).findFirst().orElseThrow();
            assertThat(frt.relevant).isTrue();
            assertThat(items).as("15 items from the listing's search results, 3 from the PDF").hasSize(18);
            assertThat(meetings("boston-ma")).isEqualTo(12);
        });
    }

    @Test
    void primeGovPdfItemsJoinTheMeetingWhoseStoredAgendaIsThePortalPage() {
        QuarkusTransaction.requiringNew().run(() -> {
            Meeting meeting = meeting("brookline-ma", "id:9817");
            assertThat(meeting.agendaUrl).endsWith("/Portal/Meeting?meetingTemplateId=77545");
            assertThat(AgendaItem.forMeeting(meeting)).extracting(i -> i.title)
                    .containsExactly("Call to Order", FRT_LINE, "Adjournment");
            assertThat(meetings("brookline-ma")).isEqualTo(5);
        });
    }
}
