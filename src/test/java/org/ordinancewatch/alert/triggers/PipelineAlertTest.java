package org.ordinancewatch.alert.triggers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;

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

    private static final String PITTSBURGH = PittsburghLegistarSite.JURISDICTION;

    @Inject
    ScrapeService scrapes;

    @Inject
    Ingestor ingestor;

    PittsburghLegistarSite site;

    @BeforeAll
    void startSite() throws IOException {
        site = new PittsburghLegistarSite();
    }

    @AfterAll
    void stopSite() {
        site.close();
    }

    @AfterEach
    void forgetTheScrape() {
        data.forgetScrapes(PITTSBURGH);
        site.calendarListsMeetings.set(true);
    }

    private SourceDefinition pittsburgh() {
        return site.source("alert-test-pittsburgh");
    }

    private void scrape() {
        assertThat(scrapes.runAll(List.of(pittsburgh()))).extracting(SourceRunner.Report::error).containsOnlyNulls();
    }

    @Test
    void aNewFileWithAPastHistoryIsOneDetectionNotABurstOfOldStatusChanges() {
        subscribed("pia@example.org", "jurisdiction:" + PITTSBURGH, "immediate", "status", "detected", "hearings");
        site.calendarListsMeetings.set(false);
        scrape();
        site.calendarListsMeetings.set(true);
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
        site.calendarListsMeetings.set(false);
        scrape();
        site.calendarListsMeetings.set(true);
        scrape();
        scrape();
        assertThat(data.kinds("quy@example.org")).containsExactly(AlertKind.DETECTED);
    }

    /** A legislation page read on its own, as list-and-detail platforms deliver files. */
    private void readFilePage(HistoryEntry... history) {
        long pittsburgh = QuarkusTransaction.requiringNew().call(() -> Jurisdiction.findBySlug(PITTSBURGH).orElseThrow().id);
        MeasureRecord file = new MeasureRecord("O2019-0007", "An ordinance banning face surveillance technology",
                "Ordinance", null, LocalDate.of(2019, 1, 10), null, List.of(), site.base() + "/pgh/LegislationDetail.aspx?ID=19007",
                List.of(history));
        ingestor.apply(pittsburgh, pittsburgh(), null, site.base() + "/pgh/LegislationDetail.aspx?ID=19007", null,
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
