package org.ordinancewatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
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
 * The CivicPlus Agenda Center path against local web sites: the listing, whose rows are meetings and whose
 * descriptions may name a file, and each row's agenda PDF, whose items join that meeting, also where the row
 * offers an HTML copy (which no adapter reads). The real Avenal CA Agenda Center is crawled as a second site.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CivicPlusPipelineTest {

    static final String FRT_FILE = "Ordinance No. 2021-07";
    static final String CANCELLED_AGENDA = "/AgendaCenter/ViewFile/Agenda/_03162021-509";
    static final String COUNCIL_AGENDA = "/AgendaCenter/ViewFile/Agenda/_03222021-512";
    static final String REGULAR_AGENDA = "/AgendaCenter/ViewFile/Agenda/_03082021-505";

    @Inject
    ScrapeService scrapes;

    @Inject
    EntityManager em;

    PipelineSite frtSite;
    PipelineSite realSite;

    @BeforeAll
    void startSites() throws IOException {
        byte[] listing = Files.readAllBytes(Fixtures.own("civicplus/AgendaCenter_frt.html"));
        byte[] cancelledAgenda = PipelineSite.pdf(List.of("PUBLIC SAFETY COMMITTEE", "March 16, 2021 6:00 PM",
                "1. Call to Order",
                "2. Discussion of the police department's facial recognition technology pilot",
                "3. Adjournment"));
        byte[] councilAgenda = PipelineSite.pdf(List.of("CITY COUNCIL", "March 22, 2021 7:00 PM", "1. Call to Order",
                "2. Public Hearing on the municipal budget", "3. Adjournment"));
        byte[] regularAgenda = PipelineSite.pdf(List.of("CITY COUNCIL", "March 8, 2021 7:00 PM", "1. Call to Order",
                "2. Appointments to the Library Board", "3. Adjournment"));
        Map<String, byte[]> pdfs = Map.of(CANCELLED_AGENDA, cancelledAgenda, COUNCIL_AGENDA, councilAgenda,
                REGULAR_AGENDA, regularAgenda);
        frtSite = new PipelineSite(key -> key.equals("/AgendaCenter") ? PipelineSite.Response.html(listing)
                : pdfs.containsKey(key) ? PipelineSite.Response.pdf(pdfs.get(key)) : null);
        byte[] avenal = Files.readAllBytes(Fixtures.shared(
                "civicplus_agendacenter/City-Bureau__city-scrapers-fresno/tests__files__avenal_city_council.html"));
        realSite = new PipelineSite(key -> key.equals("/AgendaCenter") ? PipelineSite.Response.html(avenal) : null);
    }

    @AfterAll
    void stopSitesAndForget() {
        frtSite.close();
        realSite.close();
        PipelineData.forgetScrapedData(em);
    }

    /** The example city's Agenda Center, filed under Northampton. */
    private SourceDefinition frt() {
        return new SourceDefinition("northampton-ma", "civicplus-agendacenter", frtSite.base(), null, null, null, 20,
                null, null, null, true, "test-civicplus-frt", "test");
    }

    /** The real Avenal CA Agenda Center; only the listing is served, so one page is read. */
    private SourceDefinition avenal() {
        return new SourceDefinition("avenal-ca", "civicplus-agendacenter", realSite.base(), null, null, null, 1,
                null, null, null, true, "test-civicplus-avenal", "test");
    }

    private static Jurisdiction northampton() {
        return Jurisdiction.findBySlug("northampton-ma").orElseThrow();
    }

    private static Meeting meeting(String key) {
        return Meeting.forJurisdiction(northampton()).stream().filter(m -> key.equals(m.sourceKey)).findFirst()
                .orElseThrow();
    }

    @Test
    @Order(1)
    void firstRunReadsTheListingAndEveryAgendaPdfButNoHtmlCopyOrPacket() {
        List<SourceRunner.Report> reports = scrapes.runAll(List.of(frt(), avenal()));
        assertThat(reports).extracting(SourceRunner.Report::error).containsOnlyNulls();
        assertThat(reports.get(0).failedPages()).isZero();
        assertThat(reports.get(0).pages()).isEqualTo(4);
        assertThat(frtSite.requests).containsExactlyInAnyOrder("/AgendaCenter", CANCELLED_AGENDA, COUNCIL_AGENDA,
                REGULAR_AGENDA);
        assertThat(frtSite.hits.keySet()).as("HTML agendas have no adapter").noneMatch(k -> k.contains("html=true"))
                .noneMatch(k -> k.contains("packet=true"));
    }

    @Test
    @Order(2)
    void meetingsAreStoredWithTheirStatuses() {
        QuarkusTransaction.requiringNew().run(() -> {
            assertThat(Meeting.forJurisdiction(northampton())).extracting(m -> m.sourceKey)
                    .containsExactlyInAnyOrder("id:512", "id:505", "id:509");
            assertThat(meeting("id:512").body).isEqualTo("City Council");
            assertThat(meeting("id:512").status).isEqualTo(MeetingStatus.HELD);
            assertThat(meeting("id:509").body).isEqualTo("Public Safety Committee");
            assertThat(meeting("id:509").status).isEqualTo(MeetingStatus.CANCELLED);
        });
    }

    @Test
    @Order(3)
    void faceSurveillanceItemIsRelevantWithItsMatchedTerms() {
        QuarkusTransaction.requiringNew().run(() -> {
            AgendaItem frt = AgendaItem.forMeeting(meeting("id:512")).stream()
                    .filter(i -> FRT_FILE.equals(i.fileNumber)).findFirst().orElseThrow();
            assertThat(frt.relevant).isTrue();
            assertThat(frt.matchedTerms).contains("face surveillance");
        });
    }

    @Test
    @Order(4)
    void theItemCreatesAMeasureEvidencedByTheArchivedListing() {
        QuarkusTransaction.requiringNew().run(() -> {
            Measure measure = Measure.findByIdentifier(northampton(), FRT_FILE).orElseThrow();
            assertThat(measure.origin).isEqualTo(Measure.Origin.SCRAPED);
            assertThat(measure.kind.code()).isEqualTo("ban");
            assertThat(measure.status).isEqualTo(Status.PROPOSED);
            assertThat(measure.statusOn.toString()).isEqualTo("2021-03-22");
            StatusChange detected = StatusChange.timeline(measure).get(0);
            assertThat(detected.reason).isEqualTo("rule:new-file-detected");
            assertThat(detected.snapshot.url).endsWith("/AgendaCenter");
            assertThat(archivedText(detected)).contains("Ordinance No. 2021-07");
        });
    }

    @Test
    @Order(5)
    void thePdfAgendaItemsJoinTheMeetingThatLinksIt() {
        QuarkusTransaction.requiringNew().run(() -> {
            List<AgendaItem> items = AgendaItem.forMeeting(meeting("id:509"));
            assertThat(items).extracting(i -> i.title).contains("Call to Order", "Adjournment");
            AgendaItem pilot = items.stream().filter(i -> i.title.contains("facial recognition")).findFirst()
                    .orElseThrow();
            assertThat(pilot.relevant).isTrue();
            assertThat(pilot.measure).as("an item naming no file makes no measure").isNull();
        });
    }

    @Test
    @Order(5)
    void thePdfOfAnAgendaAlsoOfferedAsHtmlJoinsItsMeeting() {
        QuarkusTransaction.requiringNew().run(() -> {
            assertThat(AgendaItem.forMeeting(meeting("id:512"))).extracting(i -> i.title)
                    .contains("Public Hearing on the municipal budget");
            assertThat(AgendaItem.forMeeting(meeting("id:505"))).extracting(i -> i.title)
                    .containsExactlyInAnyOrder("Call to Order", "Appointments to the Library Board", "Adjournment");
        });
    }

    @Test
    @Order(6)
    void realAvenalListingIsStoredWhole() {
        QuarkusTransaction.requiringNew().run(() -> {
            Jurisdiction avenal = Jurisdiction.findBySlug("avenal-ca").orElseThrow();
            assertThat(Meeting.forJurisdiction(avenal)).hasSize(24);
        });
    }

    @Test
    @Order(7)
    void secondRunOverUnchangedPagesWritesNothing() {
        Map<String, Object> before = counts();
        List<SourceRunner.Report> reports = scrapes.runAll(List.of(frt(), avenal()));
        assertThat(reports).extracting(SourceRunner.Report::error).containsOnlyNulls();
        assertThat(reports.get(0).stats().statusChanges()).isZero();
        assertThat(reports.get(0).stats().measuresCreated()).isZero();
        assertThat(counts()).isEqualTo(before);
        assertThat(frtSite.notModified.get()).as("the listing and three PDFs were revalidated with their ETags")
                .isEqualTo(4);
    }

    private static String archivedText(StatusChange change) {
        return PipelineData.text(change.snapshot);
    }

    private Map<String, Object> counts() {
        return PipelineData.counts(em);
    }
}
