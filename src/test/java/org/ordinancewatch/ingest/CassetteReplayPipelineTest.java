package org.ordinancewatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.ordinancewatch.model.Jurisdiction;
import org.ordinancewatch.model.Meeting;
import org.ordinancewatch.model.MeetingStatus;
import org.ordinancewatch.source.SourceDefinition;
import org.ordinancewatch.testing.Cassette;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The real pipeline against two Agenda Centers as civic-scraper recorded them: a local server answers each request
 * with the body the cassette recorded for that path (Zephyrhills FL and Liberal KS, both starting at
 * {@code /AgendaCenter}) and 404 for anything the cassette has no body for. The cassettes recorded only HEAD
 * requests for the agenda files, so every agenda PDF the crawl follows is missing: the run reads and stores the
 * whole listing and reports each missing file as a failed page without failing the source.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CassetteReplayPipelineTest {

    static final String DIR = "civicplus_agendacenter/biglocalnews__civic-scraper/tests__cassettes__";
    static final Pattern AGENDA_FILE = Pattern.compile("^/AgendaCenter/ViewFile/Agenda/_\\d{8}-\\d+$");

    @Inject
    ScrapeService scrapes;

    @Inject
    EntityManager em;

    Cassette zephyrhillsCassette;
    Cassette liberalCassette;
    PipelineSite zephyrhills;
    PipelineSite liberal;
    List<SourceRunner.Report> reports;

    private static PipelineSite replay(Cassette cassette) throws java.io.IOException {
        return new PipelineSite(key -> cassette.recorded(key)
                .map(r -> new PipelineSite.Response(r.body(), r.contentType())).orElse(null));
    }

    @BeforeAll
    void replayBoth() throws java.io.IOException {
        zephyrhillsCassette = Cassette.shared(DIR + "test_scrape_parameters_1.yaml");
        liberalCassette = Cassette.shared(DIR + "test_to_csv_defaults.yaml");
        zephyrhills = replay(zephyrhillsCassette);
        liberal = replay(liberalCassette);
        reports = scrapes.runAll(List.of(
                new SourceDefinition("springfield-ma", "civicplus-agendacenter", zephyrhills.base(), null, null, null,
                        100, null, null, null, true, "test-replay-zephyrhills", "test"),
                new SourceDefinition("new-orleans-la", "civicplus-agendacenter", liberal.base(), null, null, null, 100,
                        null, null, null, true, "test-replay-liberal", "test")));
    }

    @AfterAll
    void stopAndForget() {
        zephyrhills.close();
        liberal.close();
        PipelineData.forgetScrapedData(em);
    }

    private static List<Meeting> meetings(String jurisdiction) {
        return QuarkusTransaction.requiringNew()
                .call(() -> Meeting.forJurisdiction(Jurisdiction.findBySlug(jurisdiction).orElseThrow()));
    }

    private static Meeting meeting(String jurisdiction, String key) {
        return meetings(jurisdiction).stream().filter(m -> key.equals(m.sourceKey)).findFirst().orElseThrow();
    }

    @Test
    void theRecordedListingsAreReadAndTheUnrecordedAgendaFilesFailAlone() {
        // 41 and 47 catAgendaRow rows in the recorded listings, one agenda file each
        assertThat(reports).extracting(SourceRunner.Report::error).containsOnlyNulls();
        assertThat(reports).extracting(SourceRunner.Report::pages).containsExactly(42, 48);
        assertThat(reports).extracting(SourceRunner.Report::failedPages).containsExactly(41, 47);
        assertThat(reports.get(0).warnings()).filteredOn(w -> w.contains("/ViewFile/Agenda/")).hasSize(41)
                .allMatch(w -> w.endsWith("HTTP 404"));
    }

    @Test
    void theCrawlAsksForThePdfCopiesTheCassetteRecordedAsPdfsAndNeverTheHtmlOrPacket() {
        assertThat(zephyrhills.requests.get(0)).isEqualTo("/AgendaCenter");
        assertThat(zephyrhills.requests.subList(1, zephyrhills.requests.size())).hasSize(41)
                .allMatch(k -> AGENDA_FILE.matcher(k).matches());
        List<String> recordedPdfs = zephyrhillsCassette.withMethod("HEAD").stream()
                .filter(h -> "application/pdf".equals(h.contentType()) && AGENDA_FILE.matcher(h.pathAndQuery()).matches())
                .map(Cassette.Interaction::pathAndQuery).toList();
        assertThat(recordedPdfs).hasSize(5);
        assertThat(zephyrhills.requests).containsAll(recordedPdfs).noneMatch(k -> k.contains("?"));
        assertThat(liberal.requests).hasSize(48).filteredOn(k -> !k.equals("/AgendaCenter"))
                .allMatch(k -> AGENDA_FILE.matcher(k).matches());
    }

    @Test
    void zephyrhillsMeetingsAreStoredWithTheirFields() {
        assertThat(meetings("springfield-ma")).hasSize(41);
        Meeting workshop = meeting("springfield-ma", "id:364");
        assertThat(workshop.body).isEqualTo("City Council");
        assertThat(workshop.title).isEqualTo("City Council Workshop");
        assertThat(workshop.startAt.toInstant()).isEqualTo(java.time.Instant.parse("2020-08-31T04:00:00Z"));
        assertThat(workshop.status).isEqualTo(MeetingStatus.HELD);
        assertThat(workshop.agendaUrl).isEqualTo(zephyrhills.base() + "/AgendaCenter/ViewFile/Agenda/_08312020-364?html=true");
        Meeting airport = meeting("springfield-ma", "id:360");
        assertThat(airport.body).isEqualTo("Airport Authority");
        assertThat(airport.startAt.toInstant()).isEqualTo(java.time.Instant.parse("2020-08-17T04:00:00Z"));
    }

    @Test
    void liberalMeetingsAreStoredWithTheirFields() {
        assertThat(meetings("new-orleans-la")).hasSize(47);
        Meeting agendaOnly = meeting("new-orleans-la", "id:413");
        assertThat(agendaOnly.body).isEqualTo("City Commission");
        assertThat(agendaOnly.title).isEqualTo("City Commission Meeting 530pm (PDF) (Agenda Only)");
        assertThat(agendaOnly.startAt.toInstant()).isEqualTo(java.time.Instant.parse("2020-09-08T22:30:00Z"));
        assertThat(agendaOnly.agendaUrl).isEqualTo(liberal.base() + "/AgendaCenter/ViewFile/Agenda/_09082020-413");
        assertThat(meeting("new-orleans-la", "id:414").title).isEqualTo("City Commission Meeting 530pm (PDF) (Full Packet)");
    }
}
