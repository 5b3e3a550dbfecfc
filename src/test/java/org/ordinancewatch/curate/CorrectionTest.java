package org.ordinancewatch.curate;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ordinancewatch.access.AppUser;
import org.ordinancewatch.access.AuditEntry;
import org.ordinancewatch.model.Measure;
import org.ordinancewatch.model.MeasureKind;
import org.ordinancewatch.model.Status;
import org.ordinancewatch.model.StatusChange;
import org.ordinancewatch.seed.SeedImporter;
import org.ordinancewatch.seed.SeedReader;
import org.ordinancewatch.testing.Accounts;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** A curator's correction from the browser form: recorded with name, reason and source, and kept over the seed file. */
@QuarkusTest
class CorrectionTest {

    private static final String SLUG = "boston-ma-correction-test";

    @Inject
    SeedImporter importer;

    Map<String, String> cookies;

    private void seed(String status, String kind, String scope) throws IOException {
        Path measures = Files.createTempFile("correction", ".csv");
        Files.writeString(measures, String.join(",", SeedReader.MEASURE_COLUMNS) + "\n" + SLUG
                + ",boston-ma,Docket #0999,Test ordinance on face surveillance," + kind + "," + scope + "," + status
                + ",,2026-01-10,,,,,,Boston City Council <https://www.boston.gov/departments/city-council>,\n");
        QuarkusTransaction.requiringNew().run(() -> importer.apply(SeedReader.read(Path.of("config/jurisdictions.csv"), measures)));
        Files.delete(measures);
    }

    @BeforeEach
    void measureAndCurator() throws IOException {
        seed("proposed", "ban", "city agencies");
        cookies = Accounts.session("fixing-curator", AppUser.CURATOR);
    }

    @AfterEach
    void forget() {
        QuarkusTransaction.requiringNew().run(() -> {
            AuditEntry.delete("target", "measure:" + SLUG);
            Measure.delete("slug", SLUG);
        });
    }

    private Response post(Map<String, String> fields) {
        var request = given().redirects().follow(false).cookies(cookies).formParam("csrf", cookies.get("ow-csrf"));
        fields.forEach(request::formParam);
        return request.post("/admin/m/" + SLUG);
    }

    private static Map<String, String> correction(String status, String statusOn, String kind, String reason) {
        return Map.of("status", status, "statusOn", statusOn, "decidedOn", "2026-01-10", "kind", kind,
                "scope", "police department", "sourceLabel", "Council minutes of 18 Nov 2026",
                "sourceUrl", "https://www.boston.gov/minutes/2026-11-18", "reason", reason);
    }

    private static Measure measure() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Measure m = Measure.findBySlug(SLUG).orElseThrow();
            m.sources.size();
            return m;
        });
    }

    @Test
    void theFormShowsTheMeasuresCurrentValues() {
        Document d = Jsoup.parse(given().cookies(cookies).get("/admin/m/" + SLUG).then().statusCode(200).extract().asString());
        assertThat(d.select("select[name=status] option[selected]").val()).isEqualTo("proposed");
        assertThat(d.select("input[name=decidedOn]").val()).isEqualTo("2026-01-10");
        assertThat(d.select("input[name=csrf]").val()).isEqualTo(cookies.get("ow-csrf"));
    }

    @Test
    void aCorrectionIsARecordedStatusChangeWithTheCuratorsNameReasonAndSource() {
        post(correction("passed", "2026-11-18", "moratorium", "The minutes record the vote")).then().statusCode(303);
        Measure m = measure();
        assertThat(m.status).isEqualTo(Status.PASSED);
        assertThat(m.kind).isEqualTo(MeasureKind.MORATORIUM);
        assertThat(m.scope).isEqualTo("police department");
        assertThat(m.sources).extracting(s -> s.url).contains("https://www.boston.gov/minutes/2026-11-18");
        StatusChange last = QuarkusTransaction.requiringNew().call(() -> {
            List<StatusChange> timeline = StatusChange.timeline(Measure.findBySlug(SLUG).orElseThrow());
            return timeline.get(timeline.size() - 1);
        });
        assertThat(last.toStatus).isEqualTo(Status.PASSED);
        assertThat(last.reason).isEqualTo(Corrections.REASON);
        assertThat(last.curator).isEqualTo("fixing-curator");
        assertThat(last.actionText).isEqualTo("The minutes record the vote");
        assertThat(last.sourceUrl).isEqualTo("https://www.boston.gov/minutes/2026-11-18");
        assertThat(QuarkusTransaction.requiringNew().call(() -> AuditEntry.<AuditEntry>list("target", "measure:" + SLUG)))
                .singleElement().satisfies(e -> {
                    assertThat(e.actor).isEqualTo("fixing-curator");
                    assertThat(e.action).isEqualTo("correct");
                    assertThat(e.detail).contains("The minutes record the vote").contains("status: proposed -> passed")
                            .contains("kind: ban -> moratorium");
                });
        Document page = Jsoup.parse(given().get("/m/" + SLUG).then().statusCode(200).extract().asString());
        assertThat(page.select(".timeline li").last().text()).contains("Corrected by a curator")
                .contains("The minutes record the vote");
    }

    @Test
    void theSeedFileDoesNotUndoACorrection() throws IOException {
        post(correction("passed", "2026-11-18", "moratorium", "The minutes record the vote")).then().statusCode(303);
        seed("failed", "ban", "everyone");
        Measure m = measure();
        assertThat(m.status).as("status corrected by a curator").isEqualTo(Status.PASSED);
        assertThat(m.kind).isEqualTo(MeasureKind.MORATORIUM);
        assertThat(m.scope).isEqualTo("police department");
        assertThat(m.sources).extracting(s -> s.url).contains("https://www.boston.gov/minutes/2026-11-18");
    }

    @Test
    void mistakesAreShownBesideTheirFieldsWithTheInputKeptAndNothingSaved() {
        Map<String, String> bad = new java.util.HashMap<>(correction("passed", "2026-13-45", "moratorium", " "));
        bad.put("sourceUrl", "javascript:alert(1)");
        Response r = post(bad);
        assertThat(r.statusCode()).isEqualTo(400);
        Document d = Jsoup.parse(r.asString());
        assertThat(d.select("input[name=statusOn]").val()).isEqualTo("2026-13-45");
        assertThat(d.select("label:has(input[name=statusOn]) .field-error").text()).contains("2026-13-45");
        assertThat(d.select("label:has(textarea[name=reason]) .field-error").text()).contains("Say why");
        assertThat(d.select("label:has(input[name=sourceUrl]) .field-error").text()).contains("http");
        assertThat(measure().status).isEqualTo(Status.PROPOSED);
        assertThat(measure().kind).isEqualTo(MeasureKind.BAN);
    }
}
