package org.ordinancewatch.alert.triggers;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.ordinancewatch.access.AppUser;
import org.ordinancewatch.access.AuditEntry;
import org.ordinancewatch.alert.AlertTestBase;
import org.ordinancewatch.alert.AlertTestProfile;
import org.ordinancewatch.alert.Mails;
import org.ordinancewatch.alert.Smtp;
import org.ordinancewatch.ingest.ScrapeService;
import org.ordinancewatch.ingest.SourceRunner;
import org.ordinancewatch.model.AgendaItem;
import org.ordinancewatch.model.Jurisdiction;
import org.ordinancewatch.model.Measure;
import org.ordinancewatch.model.RejectedDetection;
import org.ordinancewatch.model.ReviewState;
import org.ordinancewatch.source.SourceDefinition;
import org.ordinancewatch.testing.Accounts;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;

/**
 * The review queue through the real pipeline: a Legistar site on loopback is scraped, the file it finds waits for a
 * curator with its evidence, and confirming, rejecting (remembered, with a correction to those alerted) and merging
 * each act on what later scrapes store.
 */
@QuarkusTest
@TestProfile(AlertTestProfile.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReviewPipelineTest extends AlertTestBase {

    private static final String PITTSBURGH = PittsburghLegistarSite.JURISDICTION;
    private static final String FILE = "O2026-0142";
    private static final String SEEDED = "pittsburgh-pa-regulation-2020";

    @Inject
    ScrapeService scrapes;

    PittsburghLegistarSite site;
    Map<String, String> cookies;

    @BeforeAll
    void startSite() throws IOException {
        site = new PittsburghLegistarSite();
    }

    private Map<String, String> cookies() {
        if (cookies == null) {
            cookies = Accounts.session("review-curator", AppUser.CURATOR);
        }
        return cookies;
    }

    @AfterAll
    void stopSite() {
        site.close();
    }

    @AfterEach
    void forgetTheScrape() {
        data.forgetScrapes(PITTSBURGH);
        QuarkusTransaction.requiringNew().run(() -> Measure.update("sourceUrl = null where slug = ?1", SEEDED));
        site.calendarListsMeetings.set(true);
    }

    private void scrape() {
        SourceDefinition pittsburgh = site.source("review-test-pittsburgh");
        assertThat(scrapes.runAll(List.of(pittsburgh))).extracting(SourceRunner.Report::error).containsOnlyNulls();
    }

    /** A news scrape: the source's first run is a quiet backfill of an empty calendar, the second finds the file. */
    private void scrapeAsNews() {
        site.calendarListsMeetings.set(false);
        scrape();
        site.calendarListsMeetings.set(true);
        scrape();
    }

    private Measure detected() {
        return QuarkusTransaction.requiringNew().call(() -> Measure.findByIdentifier(
                Jurisdiction.findBySlug(PITTSBURGH).orElseThrow(), FILE).orElseThrow());
    }

    private Response post(String path, Map<String, String> form) {
        var request = given().redirects().follow(false).cookies(cookies()).formParam("csrf", cookies().get("ow-csrf"));
        form.forEach(request::formParam);
        return request.post(path);
    }

    private Document queue() {
        return Jsoup.parse(given().cookies(cookies()).get("/admin/review").then().statusCode(200).extract().asString());
    }

    @Test
    void aDetectedMeasureWaitsWithItsEvidenceAndIsPublicWithABadge() {
        scrapeAsNews();
        Measure m = detected();
        assertThat(m.reviewState).isEqualTo(ReviewState.UNREVIEWED);
        var entry = queue().select("#measure-" + m.id);
        assertThat(entry.select("h3 a").attr("href")).isEqualTo("/m/" + m.slug);
        assertThat(entry.select(".evidence").text()).contains("matched:").containsIgnoringCase("face");
        assertThat(entry.select(".evidence a[href^=/archive/]")).as("the archived page").isNotEmpty();
        Document page = Jsoup.parse(given().get("/m/" + m.slug).then().statusCode(200).extract().asString());
        assertThat(page.select(".status-line .badge.automatic").text()).isEqualTo("automatic, not yet reviewed");
        assertThat(given().get("/api/measures/" + m.slug).then().statusCode(200).extract().<Boolean>path("reviewed"))
                .as("the API says so too").isFalse();
    }

    @Test
    void confirmingClearsTheBadgeAndIsAudited() {
        scrapeAsNews();
        Measure m = detected();
        post("/admin/review/measures/" + m.id + "/confirm", Map.of()).then().statusCode(303);
        assertThat(detected().reviewState).isEqualTo(ReviewState.CONFIRMED);
        assertThat(given().get("/api/measures/" + m.slug).then().extract().<Boolean>path("reviewed")).isTrue();
        assertThat(queue().select("#measure-" + m.id)).isEmpty();
        assertThat(Jsoup.parse(given().get("/m/" + m.slug).asString()).select(".badge.automatic")).isEmpty();
        assertThat(QuarkusTransaction.requiringNew().call(() -> AuditEntry.<AuditEntry>list("target", "measure:" + m.slug)))
                .extracting(e -> e.actor + " " + e.action).contains("review-curator review.confirm-measure");
    }

    @Test
    void rejectingRemovesTheMeasureTellsThoseAlertedAndIsNeverProposedAgain() {
        subscribed("rey@example.org", "jurisdiction:" + PITTSBURGH, "immediate", "status", "detected", "hearings");
        scrapeAsNews();
        dispatchNow();
        assertThat(Smtp.receivedBy("rey@example.org")).as("the detection was emailed").hasSize(1);
        Measure m = detected();

        post("/admin/review/measures/" + m.id + "/reject", Map.of("reason", "")).then().statusCode(400);
        post("/admin/review/measures/" + m.id + "/reject", Map.of("reason", "About parking sensors, not faces"))
                .then().statusCode(303);
        given().get("/m/" + m.slug).then().statusCode(404);
        dispatchNow();
        List<MimeMessage> mails = Smtp.receivedBy("rey@example.org");
        assertThat(mails).hasSize(2);
        assertThat(Mails.subject(mails.get(1))).contains("Correction:");
        assertThat(Mails.text(mails.get(1))).contains("About parking sensors, not faces");

        scrape();
        boolean stillThere = QuarkusTransaction.requiringNew().call(() -> Measure.findByIdentifier(
                Jurisdiction.findBySlug(PITTSBURGH).orElseThrow(), FILE).isPresent());
        assertThat(stillThere).as("the rejected file is not proposed again").isFalse();
        assertThat(QuarkusTransaction.requiringNew().call(() -> RejectedDetection.isRejected(
                Jurisdiction.findBySlug(PITTSBURGH).orElseThrow(), FILE))).isTrue();
    }

    @Test
    void mergingSendsTheFileAndLaterScrapesToTheExistingMeasure() {
        scrapeAsNews();
        Measure m = detected();
        post("/admin/review/measures/" + m.id + "/merge", Map.of("target", "no-such-measure")).then().statusCode(400);
        post("/admin/review/measures/" + m.id + "/merge", Map.of("target", SEEDED)).then().statusCode(303);
        given().get("/m/" + m.slug).then().statusCode(404);
        scrape();
        QuarkusTransaction.requiringNew().run(() -> {
            Jurisdiction j = Jurisdiction.findBySlug(PITTSBURGH).orElseThrow();
            assertThat(Measure.findByIdentifier(j, FILE)).as("no new measure for the merged file").isEmpty();
            assertThat(AgendaItem.<AgendaItem>list("fileNumber", FILE)).isNotEmpty()
                    .allSatisfy(i -> assertThat(i.measure.slug).isEqualTo(SEEDED));
        });
    }
}
