package org.ordinancewatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.ordinancewatch.model.AgendaItem;
import org.ordinancewatch.model.Jurisdiction;
import org.ordinancewatch.model.Measure;
import org.ordinancewatch.model.Meeting;
import org.ordinancewatch.model.Status;
import org.ordinancewatch.model.StatusChange;
import org.ordinancewatch.model.MeetingStatus;
import org.ordinancewatch.source.SourceDefinition;
import org.ordinancewatch.testing.Fixtures;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The IQM2 path against local web sites: calendar -> meeting page -> legislative file and agenda PDF, with
 * the item's internal file ID linked to the file page's own number, and the real Creve Coeur MO calendar and
 * meeting pages crawled as a second site.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class Iqm2PipelineTest {

    static final String CREVE_COEUR = "iqm2/stl-public-meetings__city-scrapers-stl/tests__files__";
    static final String LEGIFILE_ID = "4521";
    static final String AGENDA_PDF = "/Citizens/FileOpen.aspx?Type=14&ID=2200&Inline=True";

    @Inject
    ScrapeService scrapes;

    @Inject
    EntityManager em;

    PipelineSite frtSite;
    PipelineSite realSite;

    @BeforeAll
    void startSites() throws IOException {
        byte[] calendar = read(Fixtures.own("iqm2/Calendar_frt.html"));
        byte[] meeting = read(Fixtures.own("iqm2/Detail_Meeting_frt.html"));
        byte[] legiFile = read(Fixtures.own("iqm2/Detail_LegiFile_frt.html"));
        byte[] agenda = PipelineSite.pdf(List.of("EXAMPLE CITY COUNCIL - REGULAR MEETING", "March 8, 2021 7:00 PM",
                "1. Call to Order", "2. Roll Call", "3. Approval of Minutes",
                "4. Bills for Public Hearing and Second Reading", "5. Adjournment"));
        frtSite = new PipelineSite(key -> {
            if (key.equals("/Citizens/Calendar.aspx")) {
                return PipelineSite.Response.html(calendar);
            }
            if (key.equals("/Citizens/Detail_Meeting.aspx?ID=3120")) {
                return PipelineSite.Response.html(meeting);
            }
            if (key.startsWith("/Citizens/Detail_LegiFile.aspx?") && key.contains("&ID=" + LEGIFILE_ID + "&")) {
                return PipelineSite.Response.html(legiFile);
            }
            return key.equals(AGENDA_PDF) ? PipelineSite.Response.pdf(agenda) : null;
        });
        Map<String, byte[]> creveCoeur = Map.of(
                "/Citizens/Calendar.aspx", read(Fixtures.shared(CREVE_COEUR + "cc_stormwater.calendar_version_e3464954.html")),
                "/Citizens/Detail_Meeting.aspx?ID=5675", read(Fixtures.shared(CREVE_COEUR + "cc_stormwater.html")),
                "/Citizens/Detail_Meeting.aspx?ID=5681", read(Fixtures.shared(CREVE_COEUR + "cc_parks_preservation.html")),
                "/Citizens/Detail_Meeting.aspx?ID=5697", read(Fixtures.shared(CREVE_COEUR + "cc_venable_park.html")),
                "/Citizens/Detail_Meeting.aspx?ID=5698", read(Fixtures.shared(CREVE_COEUR + "cc_building_code.html")));
        realSite = new PipelineSite(key -> creveCoeur.containsKey(key) ? PipelineSite.Response.html(creveCoeur.get(key)) : null);
    }

    private static byte[] read(Path file) throws IOException {
        return Files.readAllBytes(file);
    }

    @AfterAll
    void stopSitesAndForget() {
        frtSite.close();
        realSite.close();
        PipelineData.forgetScrapedData(em);
    }

    /** The example city's portal, filed under Somerville (a tracked IQM2 city). */
    private SourceDefinition frt() {
        return new SourceDefinition("somerville-ma", "iqm2", frtSite.base(), null, null, null, 20, null, null, null,
                true, "test-iqm2-frt", "test");
    }

    /** The real Creve Coeur MO portal, filed under Cambridge. */
    private SourceDefinition creveCoeur() {
        return new SourceDefinition("cambridge-ma", "iqm2", realSite.base(), null, null, null, 60, null, null, null,
                true, "test-iqm2-creve-coeur", "test");
    }

    private static Jurisdiction somerville() {
        return Jurisdiction.findBySlug("somerville-ma").orElseThrow();
    }

    private static Meeting meeting(Jurisdiction j, String key) {
        return Meeting.forJurisdiction(j).stream().filter(m -> key.equals(m.sourceKey)).findFirst().orElseThrow();
    }

    private static Measure frtMeasure() {
        return Measure.findByIdentifier(somerville(), LEGIFILE_ID).orElseThrow();
    }

    @Test
    @Order(1)
    void firstRunReadsEveryPageTheRoutesName() {
        List<SourceRunner.Report> reports = scrapes.runAll(List.of(frt(), creveCoeur()));
        assertThat(reports).extracting(SourceRunner.Report::error).containsOnlyNulls();
        assertThat(frtSite.requested("/Citizens/Detail_Meeting.aspx?ID=3120")).isTrue();
        assertThat(frtSite.requested("/Citizens/Detail_LegiFile.aspx?")).isTrue();
        assertThat(frtSite.requested(AGENDA_PDF)).isTrue();
        assertThat(frtSite.requested("/Citizens/FileOpen.aspx?Type=1&")).as("agenda packets are not read").isFalse();
    }

    @Test
    @Order(2)
    void meetingsAreStoredWithTheirStatuses() {
        QuarkusTransaction.requiringNew().run(() -> {
            Meeting council = meeting(somerville(), "id:3120");
            assertThat(council.body).isEqualTo("City Council");
            assertThat(council.status).isEqualTo(MeetingStatus.HELD);
            assertThat(council.agendaUrl).endsWith(AGENDA_PDF);
            assertThat(meeting(somerville(), "id:3125").status).isEqualTo(MeetingStatus.CANCELLED);
        });
    }

    @Test
    @Order(3)
    void faceSurveillanceItemIsRelevantWithItsMatchedTerms() {
        QuarkusTransaction.requiringNew().run(() -> {
            List<AgendaItem> items = AgendaItem.forMeeting(meeting(somerville(), "id:3120"));
            AgendaItem frt = items.stream().filter(i -> LEGIFILE_ID.equals(i.fileNumber)).findFirst().orElseThrow();
            assertThat(frt.relevant).isTrue();
            assertThat(frt.matchedTerms).contains("face surveillance");
            assertThat(items).filteredOn(i -> !i.relevant).isNotEmpty();
        });
    }

    @Test
    @Order(4)
    void theItemCreatesOneMeasureThatTheFilePageUpdates() {
        QuarkusTransaction.requiringNew().run(() -> {
            Measure measure = frtMeasure();
            assertThat(measure.origin).isEqualTo(Measure.Origin.SCRAPED);
            assertThat(measure.kind.code()).isEqualTo("ban");
            assertThat(measure.platformStatus).isEqualTo("Passed");
            assertThat(Measure.findByIdentifier(somerville(), "Bill No. 21-014")).isEmpty();
            assertThat(Measure.forJurisdiction(somerville())).filteredOn(m -> m.origin == Measure.Origin.SCRAPED)
                    .hasSize(1);
        });
    }

    @Test
    @Order(5)
    void detectionIsEvidencedByTheArchivedMeetingPage() {
        QuarkusTransaction.requiringNew().run(() -> {
            StatusChange first = StatusChange.timeline(frtMeasure()).get(0);
            assertThat(first.reason).isEqualTo("rule:new-file-detected");
            assertThat(first.toStatus).isEqualTo(Status.PROPOSED);
            assertThat(first.snapshot.url).endsWith("/Citizens/Detail_Meeting.aspx?ID=3120");
            assertThat(archivedText(first)).contains("Ordinance banning municipal use of face surveillance technology");
        });
    }

    /**
     * The file's history says "First reading" (before the agenda that revealed it, so it cannot move the
     * status back) and "Second reading and passage", which the rules leave for review because second
     * reading is final only in some councils.
     */
    @Test
    @Order(6)
    void theFileHistoryMovesNothingTheRulesLeaveForReview() {
        QuarkusTransaction.requiringNew().run(() -> {
            Measure measure = frtMeasure();
            assertThat(StatusChange.timeline(measure)).hasSize(1);
            assertThat(measure.status).isEqualTo(Status.PROPOSED);
            assertThat(org.ordinancewatch.model.HistoryRowSeen.keysFor(measure)).hasSize(2);
        });
    }

    @Test
    @Order(7)
    void theAgendaPdfAddsToItsMeetingInsteadOfMakingAnother() {
        QuarkusTransaction.requiringNew().run(() -> {
            assertThat(Meeting.forJurisdiction(somerville())).extracting(m -> m.sourceKey)
                    .containsExactlyInAnyOrder("id:3120", "id:3125");
            assertThat(AgendaItem.forMeeting(meeting(somerville(), "id:3120"))).extracting(i -> i.title)
                    .contains("Bills for Public Hearing and Second Reading");
        });
    }

    @Test
    @Order(8)
    void realCreveCoeurCalendarAndMeetingPagesAreStored() {
        QuarkusTransaction.requiringNew().run(() -> {
            Jurisdiction j = Jurisdiction.findBySlug("cambridge-ma").orElseThrow();
            assertThat(Meeting.forJurisdiction(j)).hasSize(155);
            Meeting stormwater = meeting(j, "id:5675");
            assertThat(stormwater.body).isEqualTo("Stormwater Committee");
            assertThat(AgendaItem.forMeeting(stormwater)).isNotEmpty();
        });
    }

    @Test
    @Order(9)
    void secondRunOverUnchangedPagesWritesNothing() {
        Map<String, Object> before = counts();
        List<SourceRunner.Report> reports = scrapes.runAll(List.of(frt(), creveCoeur()));
        assertThat(reports).extracting(SourceRunner.Report::error).containsOnlyNulls();
        assertThat(reports.get(0).stats().statusChanges()).isZero();
        assertThat(reports.get(0).stats().measuresCreated()).isZero();
        assertThat(counts()).isEqualTo(before);
        assertThat(frtSite.notModified.get()).as("every page was revalidated with its ETag").isEqualTo(4);
    }

    private static String archivedText(StatusChange change) {
        return PipelineData.text(change.snapshot);
    }

    private Map<String, Object> counts() {
        return PipelineData.counts(em);
    }
}
