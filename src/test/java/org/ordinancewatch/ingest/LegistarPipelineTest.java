package org.ordinancewatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import com.sun.net.httpserver.HttpServer;
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
import org.ordinancewatch.model.SourceHealth;
import org.ordinancewatch.model.Status;
import org.ordinancewatch.model.StatusChange;
import org.ordinancewatch.model.MeetingStatus;
import org.ordinancewatch.source.SourceDefinition;
import org.ordinancewatch.testing.Fixtures;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduler;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The whole Legistar path against a local web server: calendar -> meeting detail -> legislation
 * detail, FRT detection, a new measure, status inference with the archived page as evidence, and a
 * second run over unchanged pages that changes nothing. A second site serves the real NYC calendar.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LegistarPipelineTest {

    static final String FRT_FILE = "O2026-0142";

    @Inject
    ScrapeService scrapes;

    @Inject
    EntityManager em;

    @Inject
    Scheduler scheduler;

    HttpServer server;
    String base;
    final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
    final AtomicInteger notModified = new AtomicInteger();
    final List<String> posts = new java.util.concurrent.CopyOnWriteArrayList<>();
    final java.util.concurrent.atomic.AtomicReference<byte[]> shrinkingCalendar = new java.util.concurrent.atomic.AtomicReference<>();

    @BeforeAll
    void startSite() throws IOException {
        Map<String, byte[]> pages = Map.of(
                "/pgh/Calendar.aspx", Files.readAllBytes(Fixtures.own("legistar/Calendar_reordered_columns.html")),
                "/pgh/MeetingDetail.aspx", Files.readAllBytes(Fixtures.own("legistar/MeetingDetail_city_council.html")),
                "/pgh/LegislationDetail.aspx", Files.readAllBytes(Fixtures.own("legistar/LegislationDetail_face_surveillance.html")),
                "/nyc/Calendar.aspx", Files.readAllBytes(Fixtures.shared(
                        "legistar_web_ui/opencivicdata__python-legistar-scraper/tests__fixtures__legistar.council.nyc.gov__Calendar.html")));
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            String query = String.valueOf(exchange.getRequestURI().getQuery());
            if (path.startsWith("/post/")) {
                servePostbackSite(exchange, pages);
                return;
            }
            if (path.equals("/shrink/Calendar.aspx")) {
                byte[] calendar = shrinkingCalendar.get();
                exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
                exchange.sendResponseHeaders(200, calendar.length);
                exchange.getResponseBody().write(calendar);
                exchange.close();
                return;
            }
            hits.computeIfAbsent(path + "?" + query, k -> new AtomicInteger()).incrementAndGet();
            byte[] body = pages.get(path);
            boolean known = body != null && (!path.endsWith("MeetingDetail.aspx") || query.contains("ID=1402201"))
                    && (!path.endsWith("LegislationDetail.aspx") || query.contains("ID=7012345"));
            if (!known) {
                exchange.sendResponseHeaders(404, -1);
                exchange.close();
                return;
            }
            String etag = "\"" + Integer.toHexString(java.util.Arrays.hashCode(body)) + "\"";
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            if (path.endsWith("LegislationDetail.aspx")) {
                exchange.getResponseHeaders().add("ETag", etag);
                if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                    notModified.incrementAndGet();
                    exchange.sendResponseHeaders(304, -1);
                    exchange.close();
                    return;
                }
            }
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** GET gives the real NYC calendar (default view); only the posted-back "This Year" view lists this site's meetings. */
    private void servePostbackSite(com.sun.net.httpserver.HttpExchange exchange, Map<String, byte[]> pages)
            throws IOException {
        byte[] body;
        if ("POST".equals(exchange.getRequestMethod())) {
            String form = new String(exchange.getRequestBody().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            posts.add(java.net.URLDecoder.decode(form, java.nio.charset.StandardCharsets.UTF_8));
            body = pages.get("/pgh/Calendar.aspx");
        } else {
            body = pages.get("/nyc/Calendar.aspx");
        }
        exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    @AfterAll
    void stopSiteAndForget() {
        server.stop(0);
        PipelineData.forgetScrapedData(em);
    }

    private SourceDefinition pittsburgh() {
        return new SourceDefinition("pittsburgh-pa", "legistar-web", base + "/pgh", null, null, null, 20, null, null,
                null, true, "test-pittsburgh", "test");
    }

    private SourceDefinition newYork() {
        return new SourceDefinition("new-york-city-ny", "legistar-web", base + "/nyc", null, null, null, 5, null, null,
                null, true, "test-nyc", "test");
    }

    @Test
    @Order(1)
    void firstRunStoresMeetingsItemsAndANewMeasure() {
        List<SourceRunner.Report> reports = scrapes.runAll(List.of(pittsburgh(), newYork()));
        assertThat(reports).extracting(SourceRunner.Report::error).containsOnlyNulls();

        QuarkusTransaction.requiringNew().run(() -> {
            Jurisdiction pgh = Jurisdiction.findBySlug("pittsburgh-pa").orElseThrow();
            List<Meeting> meetings = Meeting.forJurisdiction(pgh);
            assertThat(meetings).extracting(m -> m.body).contains("City Council", "Public Safety Committee");
            assertThat(meetings).extracting(m -> m.status).contains(MeetingStatus.POSTPONED);

            Meeting council = meetings.stream().filter(m -> "id:1402201".equals(m.sourceKey)).findFirst().orElseThrow();
            List<AgendaItem> items = AgendaItem.forMeeting(council);
            AgendaItem frt = items.stream().filter(i -> FRT_FILE.equals(i.fileNumber)).findFirst().orElseThrow();
            assertThat(frt.relevant).isTrue();
            assertThat(frt.matchedTerms).contains("face surveillance");
            assertThat(items).filteredOn(i -> !i.relevant).isNotEmpty();

            Measure measure = Measure.findByIdentifier(pgh, FRT_FILE).orElseThrow();
            assertThat(frt.measure.id).isEqualTo(measure.id);
            assertThat(measure.origin).isEqualTo(Measure.Origin.SCRAPED);
            assertThat(measure.kind.code()).isEqualTo("ban");
            assertThat(measure.status).isEqualTo(Status.IN_FORCE);
            assertThat(measure.statusOn.toString()).isEqualTo("2026-04-24");
        });
    }

    @Test
    @Order(2)
    void statusChangesCarryTheRuleAndTheArchivedPage() {
        QuarkusTransaction.requiringNew().run(() -> {
            Measure measure = Measure.findByIdentifier(Jurisdiction.findBySlug("pittsburgh-pa").orElseThrow(), FRT_FILE)
                    .orElseThrow();
            List<StatusChange> timeline = StatusChange.timeline(measure);
            assertThat(timeline.get(0).reason).isEqualTo("rule:new-file-detected");
            StatusChange last = timeline.get(timeline.size() - 1);
            assertThat(last.toStatus).isEqualTo(Status.IN_FORCE);
            assertThat(last.actionText).isEqualTo("Signed by Mayor");
            assertThat(last.reason).startsWith("rule:");
            assertThat(last.snapshot).isNotNull();
            assertThat(last.snapshot.url).contains("LegislationDetail.aspx?ID=7012345");
            assertThat(PipelineData.text(last.snapshot)).contains(FRT_FILE);
        });
    }

    @Test
    @Order(2)
    void theArchivedPageKeepsItsHashStatusTimeAndSize() throws IOException, java.security.NoSuchAlgorithmException {
        byte[] served = Files.readAllBytes(Fixtures.own("legistar/LegislationDetail_face_surveillance.html"));
        String sha256 = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(served));
        QuarkusTransaction.requiringNew().run(() -> {
            Measure measure = Measure.findByIdentifier(Jurisdiction.findBySlug("pittsburgh-pa").orElseThrow(), FRT_FILE)
                    .orElseThrow();
            List<StatusChange> timeline = StatusChange.timeline(measure);
            var snapshot = timeline.get(timeline.size() - 1).snapshot;
            assertThat(snapshot.sha256).isEqualTo(sha256);
            assertThat(snapshot.httpStatus).isEqualTo(200);
            assertThat(snapshot.sizeBytes).isEqualTo(served.length);
            assertThat(snapshot.contentType).startsWith("text/html");
            assertThat(snapshot.finalUrl).isEqualTo(snapshot.url);
            assertThat(snapshot.etag).isNotBlank();
            assertThat(snapshot.fetchedAt).isBefore(java.time.Instant.now()).isAfter(java.time.Instant.now().minusSeconds(600));
            assertThat(snapshot.bodyGzip.length).as("stored compressed").isLessThan(served.length);
            assertThat(snapshot.jurisdiction.slug).isEqualTo("pittsburgh-pa");
        });
    }

    @Test
    @Order(3)
    void realNewYorkCalendarIsStoredWholeAndOffSiteLinksAreNotFollowed() {
        QuarkusTransaction.requiringNew().run(() -> {
            Jurisdiction nyc = Jurisdiction.findBySlug("new-york-city-ny").orElseThrow();
            assertThat(Meeting.forJurisdiction(nyc)).hasSize(100);
        });
        assertThat(hits.keySet()).noneMatch(k -> k.startsWith("/nyc/MeetingDetail"));
    }

    @Test
    @Order(4)
    void healthIsRecordedPerSource() {
        QuarkusTransaction.requiringNew().run(() -> {
            SourceHealth h = SourceHealth.findBySource("test-pittsburgh").orElseThrow();
            assertThat(h.lastSuccessAt).isNotNull();
            assertThat(h.pages).isGreaterThanOrEqualTo(3);
            assertThat(h.relevantItems).isGreaterThanOrEqualTo(1);
            assertThat(h.zeroItemsAlarm).isFalse();
        });
    }

    @Test
    @Order(5)
    void secondRunOverUnchangedPagesWritesNothing() {
        Map<String, Object> before = counts();
        List<SourceRunner.Report> reports = scrapes.runAll(List.of(pittsburgh(), newYork()));
        assertThat(reports).extracting(SourceRunner.Report::error).containsOnlyNulls();
        assertThat(reports.get(0).stats().statusChanges()).isZero();
        assertThat(reports.get(0).stats().measuresCreated()).isZero();
        assertThat(counts()).isEqualTo(before);
        assertThat(notModified.get()).as("the legislation page was revalidated with its ETag").isEqualTo(1);
    }

    @Test
    @Order(6)
    void brokenSourceDoesNotStopTheOthers() {
        SourceDefinition broken = new SourceDefinition("oakland-ca", "legistar-web", base + "/nothing-here", null, null,
                null, 5, null, null, null, true, "test-broken", "test");
        List<SourceRunner.Report> reports = scrapes.runAll(List.of(broken, pittsburgh()));
        assertThat(reports.get(0).error()).contains("every start page failed").contains("HTTP 404");
        assertThat(reports.get(1).error()).isNull();
        QuarkusTransaction.requiringNew().run(() -> {
            SourceHealth h = SourceHealth.findBySource("test-broken").orElseThrow();
            assertThat(h.lastError).contains("HTTP 404");
            assertThat(h.lastSuccessAt).isNull();
        });
    }

    @Test
    @Order(7)
    void calendarIsPostedBackForThisYearsView() {
        SourceDefinition madison = new SourceDefinition("madison-wi", "legistar-web", base + "/post", null, null, null,
                3, null, null, null, true, "test-postback", "test");
        List<SourceRunner.Report> reports = scrapes.runAll(List.of(madison));
        assertThat(reports.get(0).error()).isNull();
        assertThat(posts).isNotEmpty();
        assertThat(posts.get(0)).contains("__VIEWSTATE=", "__EVENTTARGET=ctl00$ContentPlaceHolder1$lstYears", "This Year");
        QuarkusTransaction.requiringNew().run(() -> {
            Jurisdiction j = Jurisdiction.findBySlug("madison-wi").orElseThrow();
            assertThat(Meeting.forJurisdiction(j)).extracting(m -> m.sourceKey).contains("id:1402201", "id:1399902");
            assertThat(em.createQuery("select count(s) from Snapshot s where s.url like :u", Long.class)
                    .setParameter("u", base + "/post/Calendar.aspx#legistar-year&page=1").getSingleResult()).isEqualTo(1L);
        });
    }

    @Test
    @Order(8)
    void aSourceThatSuddenlyFindsNothingIsFlagged() throws IOException {
        String full = Files.readString(Fixtures.own("legistar/Calendar_reordered_columns.html"));
        shrinkingCalendar.set(full.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        SourceDefinition source = new SourceDefinition("jackson-ms", "legistar-web", base + "/shrink", null, null, null,
                1, null, null, null, true, "test-shrinking", "test");
        scrapes.runAll(List.of(source));
        // The site now answers with a calendar whose grid is empty ("No records to display.").
        String empty = full.replaceAll("(?s)<tr class=\"rg(Alt)?Row\".*?</tr>",
                "").replace("<tbody>", "<tbody><tr class=\"rgNoRecords\"><td colspan=\"6\">No records to display.</td></tr>");
        shrinkingCalendar.set(empty.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        scrapes.runAll(List.of(source));
        QuarkusTransaction.requiringNew().run(() -> {
            SourceHealth h = SourceHealth.findBySource("test-shrinking").orElseThrow();
            assertThat(h.previousMeetings).isPositive();
            assertThat(h.meetings).isZero();
            assertThat(h.zeroItemsAlarm).isTrue();
            assertThat(h.lastSuccessAt).isNotNull();
        });
        scrapes.runAll(List.of(source));
        QuarkusTransaction.requiringNew().run(() -> assertThat(SourceHealth.findBySource("test-shrinking")
                .orElseThrow().zeroItemsAlarm).as("still empty on the next run: still flagged").isTrue());
        shrinkingCalendar.set(full.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        scrapes.runAll(List.of(source));
        QuarkusTransaction.requiringNew().run(() -> assertThat(SourceHealth.findBySource("test-shrinking")
                .orElseThrow().zeroItemsAlarm).as("meetings are back").isFalse());
    }

    @Test
    @Order(9)
    void theScrapeRunsOnTheClusteredScheduler() {
        assertThat(scheduler.getScheduledJob("scrape-due")).isNotNull();
    }

    private Map<String, Object> counts() {
        return PipelineData.counts(em);
    }

}
