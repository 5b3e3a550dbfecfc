package org.ordinancewatch.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.ordinancewatch.model.Measure;
import org.ordinancewatch.model.Snapshot;
import org.ordinancewatch.model.Status;
import org.ordinancewatch.model.StatusChange;

@QuarkusTest
class EvidenceTest {

    private static final String PAGE = "<html><head><title>Agenda</title><script>alert('x')</script>"
            + "<style>body{color:red}</style></head><body><h1>Council agenda</h1><p onclick=\"evil()\">Item 4: "
            + "ordinance banning face surveillance</p><img src=\"https://tracker.example/x.png\">"
            + "<a href=\"/item/4\">Item 4</a></body></html>";

    @Inject
    EntityManager em;

    @AfterEach
    void forget() {
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("delete from status_change where reason = 'test:evidence'").executeUpdate();
            em.createNativeQuery("delete from snapshot where url = 'https://council.example/agenda/4'").executeUpdate();
        });
    }

    private long archive() throws Exception {
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write(PAGE.getBytes(StandardCharsets.UTF_8));
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            Snapshot s = new Snapshot();
            s.url = "https://council.example/agenda/4";
            s.finalUrl = s.url;
            s.fetchedAt = Instant.parse("2026-03-02T15:04:05Z");
            s.httpStatus = 200;
            s.contentType = "text/html; charset=UTF-8";
            s.sha256 = "ab".repeat(32);
            s.sizeBytes = PAGE.length();
            s.bodyGzip = gz.toByteArray();
            s.persist();
            Measure m = Measure.findBySlug("somerville-ma-ban-2019").orElseThrow();
            StatusChange c = new StatusChange();
            c.measure = m;
            c.fromStatus = m.status;
            c.toStatus = m.status;
            c.recordedAt = Instant.now();
            c.occurredOn = org.ordinancewatch.model.PartialDate.of(LocalDate.now(ZoneOffset.UTC).plusDays(1));
            c.reason = "test:evidence";
            c.sourceUrl = s.url;
            c.sourceLabel = "Council agenda";
            c.snapshot = s;
            c.persist();
            return s.id;
        });
    }

    private static Document page(String path) {
        return Jsoup.parse(given().get(path).then().statusCode(200).contentType(ContentType.HTML).extract().asString());
    }

    @Test
    void theMeasurePageOffersACitationWithACopyButton() {
        Document d = page("/m/boston-ma-ban-2020");
        String status = given().get("/api/measures/boston-ma-ban-2020").then().extract().path("status");
        String accessed = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH).format(LocalDate.now(ZoneOffset.UTC));
        String text = d.select("#citation-text").text();
        assertThat(text).startsWith(Status.fromCode(status).label() + " as of ")
                .contains(". Source: ")
                .endsWith("Ordinance Watch, https://ow.test.example/m/boston-ma-ban-2020, accessed " + accessed + ".");
        assertThat(d.select("button[data-copy=citation-text]")).hasSize(1);
        assertThat(d.select("script[src=/js/copy.js]")).hasSize(1);
        assertThat(d.select("script:not([src])")).isEmpty();
        given().get("/js/copy.js").then().statusCode(200).contentType(org.hamcrest.Matchers.containsString("javascript"));
    }

    @Test
    void aScrapedChangeLinksToItsArchivedCopy() throws Exception {
        long id = archive();
        Document d = page("/m/somerville-ma-ban-2019");
        assertThat(d.select(".timeline a[href=/archive/" + id + "]").text()).isEqualTo("archived copy of the page");
        assertThat(d.select("#citation-text").text()).contains("Source: https://council.example/agenda/4, retrieved 2 Mar 2026.");
    }

    @Test
    void theArchivedPageShowsItsBannerAndTheCleanedPage() throws Exception {
        long id = archive();
        Document d = page("/archive/" + id);
        String banner = d.select(".archive-banner").text();
        assertThat(banner).contains("https://council.example/agenda/4").contains("2 Mar 2026, 15:04 UTC")
                .contains("ab".repeat(32)).contains("HTTP status 200");
        assertThat(d.select(".archived-body h1").text()).isEqualTo("Council agenda");
        assertThat(d.select(".archived-body a").attr("href")).isEqualTo("https://council.example/item/4");
        assertThat(d.select(".archived-body script, .archived-body style, .archived-body img, .archived-body [onclick]")).isEmpty();
        assertThat(d.select("[src^=http]")).isEmpty();
    }

    @Test
    void theRawCopyIsTheExactBytesAsADownload() throws Exception {
        long id = archive();
        byte[] raw = given().get("/archive/" + id + "/raw").then().statusCode(200)
                .header("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment;"))
                .header("X-Content-Type-Options", "nosniff").extract().asByteArray();
        assertThat(new String(raw, StandardCharsets.UTF_8)).isEqualTo(PAGE);
    }

    @Test
    void theMeasurePageCountsDownToItsSunset() {
        assertThat(page("/m/california-moratorium-2019").select(".facts .countdown").text()).startsWith("(passed ");
    }

    @Test
    void unknownArchivesAre404() {
        given().get("/archive/999999999").then().statusCode(404);
        given().get("/archive/abc").then().statusCode(404);
    }
}
