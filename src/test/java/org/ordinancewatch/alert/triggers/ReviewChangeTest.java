package org.ordinancewatch.alert.triggers;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.ordinancewatch.access.AppUser;
import org.ordinancewatch.alert.AlertTestBase;
import org.ordinancewatch.alert.AlertTestProfile;
import org.ordinancewatch.alert.Mails;
import org.ordinancewatch.alert.Smtp;
import org.ordinancewatch.model.Measure;
import org.ordinancewatch.model.PartialDate;
import org.ordinancewatch.model.ReviewState;
import org.ordinancewatch.model.Status;
import org.ordinancewatch.model.StatusChange;
import org.ordinancewatch.model.StatusHistory;
import org.ordinancewatch.model.StatusMove;
import org.ordinancewatch.seed.SeedImporter;
import org.ordinancewatch.seed.SeedReader;
import org.ordinancewatch.testing.Accounts;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * A status change a rule read from a council's words, already emailed, is rejected by a curator: it stays in the
 * timeline marked rejected, the status moves back as a recorded change, and those who follow the measure are told.
 */
@QuarkusTest
@TestProfile(AlertTestProfile.class)
class ReviewChangeTest extends AlertTestBase {

    private static final String SLUG = "boston-ma-review-change-test";

    @Inject
    SeedImporter importer;

    @Inject
    StatusHistory history;

    @AfterEach
    void forget() {
        QuarkusTransaction.requiringNew().run(() -> Measure.delete("slug", SLUG));
    }

    private void seedMeasure() throws IOException {
        Path measures = Files.createTempFile("review-change", ".csv");
        Files.writeString(measures, String.join(",", SeedReader.MEASURE_COLUMNS) + "\n" + SLUG
                + ",boston-ma,Docket #0998,Ordinance banning face surveillance by vendors,ban,,proposed,2026-10-01,,,,,,,"
                + "Boston City Council <https://www.boston.gov/departments/city-council>,\n");
        QuarkusTransaction.requiringNew().run(() -> importer.apply(SeedReader.read(Path.of("config/jurisdictions.csv"), measures)));
        Files.delete(measures);
    }

    private long automaticMoveToPassed() {
        return QuarkusTransaction.requiringNew().call(() -> history.move(Measure.findBySlug(SLUG).orElseThrow(),
                new StatusMove(Status.PASSED, PartialDate.parse("2026-11-18"), "rule:passed-by-council",
                        "Ordained", "Agenda of City Council on 2026-11-18", "https://boston.example.org/agenda"))
                .orElseThrow().id);
    }

    @Test
    void aRejectedChangeIsUndoneAndItsFollowersAreTold() throws IOException {
        seedMeasure();
        subscribed("tess@example.org", "measure:" + SLUG, "immediate", "status");
        long changeId = automaticMoveToPassed();
        dispatchNow();
        assertThat(Smtp.receivedBy("tess@example.org")).as("the automatic change was emailed").hasSize(1);

        Map<String, String> cookies = Accounts.session("change-curator", AppUser.CURATOR);
        Document queue = Jsoup.parse(given().cookies(cookies).get("/admin/review").asString());
        assertThat(queue.select("#change-" + changeId).text()).contains("Ordained");
        given().cookies(cookies).redirects().follow(false).formParam("csrf", cookies.get("ow-csrf"))
                .formParam("reason", "The council ordained a different docket").post("/admin/review/changes/" + changeId + "/reject")
                .then().statusCode(303);

        List<StatusChange> timeline = QuarkusTransaction.requiringNew()
                .call(() -> StatusChange.timeline(Measure.findBySlug(SLUG).orElseThrow()));
        assertThat(timeline).extracting(c -> c.toStatus).containsExactly(Status.PROPOSED, Status.PASSED, Status.PROPOSED);
        assertThat(timeline.get(1).reviewState).isEqualTo(ReviewState.REJECTED);
        assertThat(timeline.get(2).curator).isEqualTo("change-curator");
        assertThat(timeline.get(2).actionText).isEqualTo("Correction: The council ordained a different docket");
        assertThat(QuarkusTransaction.requiringNew().call(() -> Measure.findBySlug(SLUG).orElseThrow().status))
                .isEqualTo(Status.PROPOSED);

        dispatchNow();
        List<MimeMessage> mails = Smtp.receivedBy("tess@example.org");
        assertThat(mails).hasSize(2);
        assertThat(Mails.subject(mails.get(1))).contains("is now Proposed");
        assertThat(Mails.text(mails.get(1))).contains("Correction: The council ordained a different docket");

        Document page = Jsoup.parse(given().get("/m/" + SLUG).asString());
        assertThat(page.select(".timeline li.rejected .badge.status-failed").text()).isEqualTo("rejected by a curator");
        assertThat(page.select(".timeline li").last().text()).contains("Undone by a curator's review");
    }
}
