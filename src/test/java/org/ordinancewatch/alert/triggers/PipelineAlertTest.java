package org.ordinancewatch.alert.triggers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.ordinancewatch.alert.AlertTestBase;
import org.ordinancewatch.alert.AlertTestProfile;
import org.ordinancewatch.alert.Mails;
import org.ordinancewatch.alert.Smtp;
import org.ordinancewatch.alert.outbox.AlertKind;
import org.ordinancewatch.ingest.Ingestor;
import org.ordinancewatch.ingest.ScrapeService;
import org.ordinancewatch.ingest.SourceRunner;
import org.ordinancewatch.model.Jurisdiction;
import org.ordinancewatch.parse.ParseResult;
import org.ordinancewatch.record.HistoryEntry;
import org.ordinancewatch.record.MeasureRecord;
import org.ordinancewatch.source.SourceDefinition;
import org.ordinancewatch.testing.Fixtures;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * From a real scrape to the outbox: a Legistar site (calendar, meeting detail, legislation detail) is crawled
 * and the alerts its findings cause are checked. The file found is new, with a history going back months: one
 * detection, not a burst of old status changes.
 */
@QuarkusTest
@TestProfile(AlertTestProfile.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PipelineAlertTest extends AlertTestBase {

    private static final String PITTSBURGH = "pittsburgh-pa";

    @Inject
    ScrapeService scrapes;

    @Inject
    Ingestor ingestor;

    HttpServer server;
    String base;
    /** Off: the calendar lists no meeting, as a site would before the agenda is posted. */
    final AtomicBoolean calendarListsMeetings = new AtomicBoolean(true);

    @BeforeAll
    void startSite() throws IOException {
        String calendar = Files.readString(Fixtures.own("legistar/Calendar_reordered_columns.html"));
        String emptyCalendar = calendar.replaceAll("(?s)<tr class=\"rg(Alt)?Row\".*?</tr>", "")
                .replace("<tbody>", "<tbody><tr class=\"rgNoRecords\"><td colspan=\"6\">No records to display.</td></tr>");
        Map<String, byte[]> pages = Map.of(
                "/pgh/MeetingDetail.aspx", Files.readAllBytes(Fixtures.own("legistar/MeetingDetail_city_council.html")),
                "/pgh/LegislationDetail.aspx",
                Files.readAllBytes(Fixtures.own("legistar/LegislationDetail_face_surveillance.html")));
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            String query = String.valueOf(exchange.getRequestURI().getQuery());
            byte[] body = path.equals("/pgh/Calendar.aspx")
                    ? (calendarListsMeetings.get() ? calendar : emptyCalendar).getBytes(StandardCharsets.UTF_8)
                    : query.contains("ID=1402201") || query.contains("ID=7012345") ? pages.get(path) : null;
            if (body == null) {
                exchange.sendResponseHeaders(404, -1);
            } else {
                exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
            }
            exchange.close();
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterAll
    void stopSite() {
        server.stop(0);
    }

    @AfterEach
    void forgetTheScrape() {
        data.forgetScrapes(PITTSBURGH);
        calendarListsMeetings.set(true);
    }

    private SourceDefinition pittsburgh() {
        return new SourceDefinition(PITTSBURGH, "legistar-web", base + "/pgh", null, null, null, 20, null, null, null,
                true, "alert-test-pittsburgh", "test");
    }

    private void scrape() {
        assertThat(scrapes.runAll(List.of(pittsburgh()))).extracting(SourceRunner.Report::error).containsOnlyNulls();
    }

    @Test
    void aNewFileWithAPastHistoryIsOneDetectionNotABurstOfOldStatusChanges() {
        subscribed("pia@example.org", "jurisdiction:" + PITTSBURGH, "immediate", "status", "detected", "hearings");
        calendarListsMeetings.set(false);
        scrape();
        calendarListsMeetings.set(true);
        scrape();
        assertThat(data.kinds("pia@example.org")).as(data.describe("pia@example.org"))
                .containsExactly(AlertKind.DETECTED);
        dispatchNow();
        List<MimeMessage> mails = Smtp.receivedBy("pia@example.org");
        assertThat(mails).hasSize(1);
        assertThat(Mails.subject(mails.get(0))).startsWith("[test] New in Pittsburgh, PA: An ordinance amending Chapter 2");
    }

    @Test
    void theFirstRunOfANewSourceIsABackfillThatAlertsNobody() {
        subscribed("ova@example.org", "jurisdiction:" + PITTSBURGH, "immediate", "status", "detected", "hearings");
        scrape();
        scrape();
        assertThat(data.kinds("ova@example.org")).as("the file, its status and the postponed meeting are the site's past")
                .isEmpty();
        assertThat(data.measureStatus(PITTSBURGH, "O2026-0142")).as("stored all the same").isEqualTo("IN_FORCE");
    }

    @Test
    void aSecondScrapeOfTheSamePagesAlertsNothingMore() {
        subscribed("quy@example.org", "jurisdiction:" + PITTSBURGH, "immediate", "status", "detected", "hearings");
        calendarListsMeetings.set(false);
        scrape();
        calendarListsMeetings.set(true);
        scrape();
        scrape();
        assertThat(data.kinds("quy@example.org")).containsExactly(AlertKind.DETECTED);
    }

    /** A legislation page read on its own, as list-and-detail platforms deliver files. */
    private void readFilePage(HistoryEntry... history) {
        long pittsburgh = QuarkusTransaction.requiringNew().call(() -> Jurisdiction.findBySlug(PITTSBURGH).orElseThrow().id);
        MeasureRecord file = new MeasureRecord("O2019-0007", "An ordinance banning face surveillance technology",
                "Ordinance", null, LocalDate.of(2019, 1, 10), null, List.of(), base + "/pgh/LegislationDetail.aspx?ID=19007",
                List.of(history));
        ingestor.apply(pittsburgh, pittsburgh(), null, base + "/pgh/LegislationDetail.aspx?ID=19007", null,
                ParseResult.ofMeasures(List.of(file), List.of(), List.of()));
    }

    private static final HistoryEntry INTRODUCED = new HistoryEntry(LocalDate.of(2019, 1, 10), "City Council",
            "Introduced", null, null);
    private static final HistoryEntry PASSED = new HistoryEntry(LocalDate.of(2019, 5, 20), "City Council", "Passed",
            "Pass", null);

    @Test
    void aFileFoundOnItsOwnPageIsDetectedOnceAndItsOldHistoryIsNotNews() {
        subscribed("rex@example.org", "jurisdiction:" + PITTSBURGH, "immediate", "status", "detected");
        readFilePage(INTRODUCED, PASSED);
        assertThat(data.kinds("rex@example.org")).as(data.describe("rex@example.org"))
                .containsExactly(AlertKind.DETECTED);
        dispatchNow();
        assertThat(Mails.text(Smtp.receivedBy("rex@example.org").get(0))).contains("Status:       Passed");
    }

    @Test
    void historyReadAfterTheFileWasFoundIsNews() {
        subscribed("sid@example.org", "jurisdiction:" + PITTSBURGH, "immediate", "status", "detected");
        readFilePage(INTRODUCED);
        readFilePage(INTRODUCED, PASSED);
        assertThat(data.kinds("sid@example.org")).containsExactly(AlertKind.DETECTED, AlertKind.STATUS_CHANGE);
    }
}
