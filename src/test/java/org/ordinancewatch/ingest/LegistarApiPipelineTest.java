package org.ordinancewatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
 * The Legistar Web API path: events -> each event's items -> the histories of the matters they carry.
 * A history does not name its file; it is joined to the measure through the matter URL of its item.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LegistarApiPipelineTest {

    @Inject
    ScrapeService scrapes;

    @Inject
    EntityManager em;

    PipelineSite site;
    final java.util.concurrent.atomic.AtomicReference<byte[]> histories = new java.util.concurrent.atomic.AtomicReference<>();

    @BeforeAll
    void startApi() throws IOException {
        byte[] events = Files.readAllBytes(Fixtures.own("legistar/api_events_cancelled.json"));
        byte[] items = Files.readAllBytes(Fixtures.own("legistar/api_eventitems.json"));
        histories.set(Files.readAllBytes(Fixtures.own("legistar/api_histories_face_surveillance.json")));
        byte[] none = "[]".getBytes(StandardCharsets.UTF_8);
        site = new PipelineSite(key -> {
            String path = key.replaceFirst("\\?.*$", "");
            PipelineSite.Response json = null;
            if (path.equals("/v1/testcity/events")) {
                json = new PipelineSite.Response(events, "application/json; charset=utf-8");
            } else if (path.equals("/v1/testcity/events/14022/eventitems")) {
                json = new PipelineSite.Response(items, "application/json; charset=utf-8");
            } else if (path.matches("/v1/testcity/events/\\d+/eventitems")) {
                json = new PipelineSite.Response(none, "application/json; charset=utf-8");
            } else if (path.equals("/v1/testcity/matters")) {
                json = new PipelineSite.Response(none, "application/json; charset=utf-8");
            } else if (path.equals("/v1/testcity/matters/71234/histories")) {
                json = new PipelineSite.Response(histories.get(), "application/json; charset=utf-8");
            } else if (path.matches("/v1/testcity/matters/\\d+/histories")) {
                json = new PipelineSite.Response(none, "application/json; charset=utf-8");
            }
            return json;
        });
    }

    @AfterAll
    void stopAndForget() {
        site.close();
        PipelineData.forgetScrapedData(em);
    }

    private SourceDefinition source() {
        return new SourceDefinition("pittsburgh-pa", "legistar-api", site.base() + "/v1/testcity", "testcity", null,
                null, 20, null, null, null, true, "test-legistar-api", "test");
    }

    @Test
    @Order(1)
    void firstRunReadsEventsItemsAndHistories() {
        List<SourceRunner.Report> reports = scrapes.runAll(List.of(source()));
        assertThat(reports.get(0).error()).isNull();
        assertThat(site.requested("/v1/testcity/events/14022/eventitems")).isTrue();
        assertThat(site.requested("/v1/testcity/matters/71234/histories")).isTrue();
    }

    @Test
    @Order(2)
    void itemsJoinTheirEventAndCancellationsAreKept() {
        QuarkusTransaction.requiringNew().run(() -> {
            Jurisdiction pgh = Jurisdiction.findBySlug("pittsburgh-pa").orElseThrow();
            Meeting council = Meeting.findBySource(pgh, "id:14022").orElseThrow();
            assertThat(council.body).isEqualTo("City Council");
            assertThat(AgendaItem.forMeeting(council)).extracting(i -> i.fileNumber).contains("O2026-0142", "R2026-0311");
            assertThat(Meeting.findBySource(pgh, "id:13990").orElseThrow().status).isEqualTo(MeetingStatus.CANCELLED);
        });
    }

    @Test
    @Order(3)
    void theMattersHistoryMovesTheDetectedMeasure() {
        QuarkusTransaction.requiringNew().run(() -> {
            Measure m = Measure.findByIdentifier(Jurisdiction.findBySlug("pittsburgh-pa").orElseThrow(), "O2026-0142")
                    .orElseThrow();
            assertThat(m.sourceUrl).endsWith("/v1/testcity/matters/71234");
            assertThat(m.status).isEqualTo(Status.IN_FORCE);
            assertThat(m.statusOn.toString()).isEqualTo("2026-04-24");
            StatusChange last = StatusChange.timeline(m).get(StatusChange.timeline(m).size() - 1);
            assertThat(last.actionText).isEqualTo("Signed by Mayor");
            assertThat(last.snapshot.url).endsWith("/matters/71234/histories");
        });
    }

    @Test
    @Order(4)
    void irrelevantMattersCreateNoMeasure() {
        QuarkusTransaction.requiringNew().run(() -> assertThat(
                Measure.findByIdentifier(Jurisdiction.findBySlug("pittsburgh-pa").orElseThrow(), "R2026-0311")).isEmpty());
    }

    @Test
    @Order(5)
    void secondRunWritesNothing() {
        Map<String, Object> before = PipelineData.counts(em);
        List<SourceRunner.Report> reports = scrapes.runAll(List.of(source()));
        assertThat(reports.get(0).error()).isNull();
        assertThat(reports.get(0).stats().statusChanges()).isZero();
        assertThat(PipelineData.counts(em)).isEqualTo(before);
    }

    /**
     * The API lists an undated row last; a new dated row therefore lands before it. Rows are remembered by
     * content, not position, so the new one is applied.
     */
    @Test
    @Order(6)
    void aNewRowArrivingBeforeOlderOnesIsStillApplied() throws IOException {
        String json = new String(histories.get(), StandardCharsets.UTF_8);
        String repeal = "{\"MatterHistoryId\": 551010, \"MatterHistoryActionDate\": \"2026-06-02T00:00:00\", "
                + "\"MatterHistoryActionName\": \"Repealed\", \"MatterHistoryActionBodyName\": \"City Council\", "
                + "\"MatterHistoryPassedFlag\": 1, \"MatterHistoryPassedFlagName\": \"Pass\"}";
        histories.set(json.replaceFirst("\\[", "[\n  " + java.util.regex.Matcher.quoteReplacement(repeal) + ",")
                .getBytes(StandardCharsets.UTF_8));
        Object writesBefore = PipelineData.counts(em).get("entityWrites");
        scrapes.runAll(List.of(source()));
        assertThat(PipelineData.counts(em).get("entityWrites")).as("the write counter sees this run's writes")
                .isNotEqualTo(writesBefore);
        QuarkusTransaction.requiringNew().run(() -> {
            Measure m = Measure.findByIdentifier(Jurisdiction.findBySlug("pittsburgh-pa").orElseThrow(), "O2026-0142")
                    .orElseThrow();
            assertThat(m.status).isEqualTo(Status.REPEALED);
            assertThat(m.statusOn.toString()).isEqualTo("2026-06-02");
        });
    }
}
