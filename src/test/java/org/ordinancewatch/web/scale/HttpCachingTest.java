package org.ordinancewatch.web.scale;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.ZonedDateTime;
import java.util.List;
import java.time.format.DateTimeFormatter;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.ordinancewatch.model.Measure;

/**
 * Public pages carry a strong ETag and Last-Modified, answer conditional requests with 304, are served from memory
 * without SQL while the data is unchanged, and never outlive a change: one made here shows at once, one committed
 * by another instance (seen only through the shared data version) within the poll interval.
 */
@QuarkusTest
class HttpCachingTest {

    static final String MEASURE = "somerville-ma-ban-2019";

    @Inject
    EntityManager em;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void publicRoutesCarryValidatorsDerivedFromWhatTheyShow() {
        for (String route : new String[] {"/", "/j/somerville-ma", "/m/" + MEASURE, "/map", "/hearings",
                "/feeds/changes.atom", "/hearings/calendar.ics", "/api/measures", "/api/jurisdictions/somerville-ma"}) {
            Response r = given().get(route).then().statusCode(200).extract().response();
            assertThat(r.header("ETag")).as("ETag of %s", route).matches("\"[A-Za-z0-9_-]{27}\"");
            assertThat(r.header("Last-Modified")).as("Last-Modified of %s, an IMF-fixdate", route)
                    .matches("[A-Z][a-z]{2}, \\d{2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}:\\d{2} GMT");
            assertThat(ZonedDateTime.parse(r.header("Last-Modified"), DateTimeFormatter.RFC_1123_DATE_TIME)).isNotNull();
            assertThat(r.header("Cache-Control")).contains("no-cache");
            Response again = given().get(route).then().statusCode(200).extract().response();
            assertThat(again.header("ETag")).isEqualTo(r.header("ETag"));
            assertThat(again.asByteArray()).isEqualTo(r.asByteArray());
            assertThat(again.contentType()).isEqualTo(r.contentType());
        }
    }

    @Test
    void aConditionalRequestForUnchangedDataIs304WithoutAnySql() {
        Statistics stats = em.getEntityManagerFactory().unwrap(SessionFactory.class).getStatistics();
        Response first = given().get("/j/somerville-ma").then().statusCode(200).extract().response();
        long least = Long.MAX_VALUE;
        for (int attempt = 0; attempt < 3; attempt++) { // the least of three: a background job's statement may land
            long before = stats.getPrepareStatementCount();
            given().header("If-None-Match", first.header("ETag")).get("/j/somerville-ma").then().statusCode(304)
                    .header("ETag", first.header("ETag"));
            given().header("If-None-Match", "\"other\", W/" + first.header("ETag")).get("/j/somerville-ma").then()
                    .statusCode(304);
            given().header("If-Modified-Since", first.header("Last-Modified")).get("/j/somerville-ma").then()
                    .statusCode(304);
            given().get("/j/somerville-ma").then().statusCode(200);
            least = Math.min(least, stats.getPrepareStatementCount() - before);
        }
        assertThat(least).as("statements for four requests of a cached page").isZero();
        given().header("If-None-Match", "\"something-else\"").get("/j/somerville-ma").then().statusCode(200);
        given().header("If-Modified-Since", "Sat, 01 Jan 2000 00:00:00 GMT").get("/j/somerville-ma").then()
                .statusCode(200);
    }

    @Test
    void aChangeMadeHereShowsAtOnceWithANewEtag() {
        Response before = given().get("/m/" + MEASURE).then().statusCode(200).extract().response();
        String title = QuarkusTransaction.requiringNew().call(() -> Measure.findBySlug(MEASURE).orElseThrow().title);
        try {
            QuarkusTransaction.requiringNew().run(() -> Measure.findBySlug(MEASURE).orElseThrow().title = "Changed here");
            Response after = given().header("If-None-Match", before.header("ETag")).get("/m/" + MEASURE).then()
                    .statusCode(200).extract().response();
            assertThat(after.asString()).contains("Changed here");
            assertThat(after.header("ETag")).isNotEqualTo(before.header("ETag"));
            assertThat(given().get("/api/measures/" + MEASURE).then().extract().path("title").toString())
                    .isEqualTo("Changed here");
        } finally {
            QuarkusTransaction.requiringNew().run(() -> Measure.findBySlug(MEASURE).orElseThrow().title = title);
        }
        assertThat(given().get("/m/" + MEASURE).then().extract().asString()).doesNotContain("Changed here");
    }

    @Test
    void aChangeCommittedByAnotherInstanceShowsWithinThePollInterval() throws Exception {
        String page = "/j/somerville-ma";
        assertThat(given().get(page).then().extract().asString()).doesNotContain("Changed elsewhere");
        String title = QuarkusTransaction.requiringNew().call(() -> Measure.findBySlug(MEASURE).orElseThrow().title);
        try {
            // What another instance does: commit the change and add one to the shared version.
            jdbc("UPDATE measure SET title = 'Changed elsewhere' WHERE slug = '" + MEASURE + "'");
            jdbc("UPDATE data_version SET version = version + 1 WHERE id = 1");
            long deadline = System.nanoTime() + 5_000_000_000L;
            boolean seen = false;
            while (!seen && System.nanoTime() < deadline) {
                seen = given().get(page).then().extract().asString().contains("Changed elsewhere");
                Thread.sleep(100);
            }
            assertThat(seen).as("the other instance's change reached this instance's page within 5 s").isTrue();
        } finally {
            QuarkusTransaction.requiringNew().run(() -> Measure.findBySlug(MEASURE).orElseThrow().title = title);
        }
    }

    @Test
    void requestsWithCredentialsAreRenderedForThemNeverServedFromTheCache() throws Exception {
        String page = "/m/" + MEASURE;
        given().get(page).then().statusCode(200);
        String title = QuarkusTransaction.requiringNew().call(() -> Measure.findBySlug(MEASURE).orElseThrow().title);
        try {
            // A write the version does not hear of: the anonymous cached copy stays, a signed-in visitor sees the row.
            jdbc("UPDATE measure SET title = 'Unannounced edit' WHERE slug = '" + MEASURE + "'");
            assertThat(given().get(page).then().extract().asString()).doesNotContain("Unannounced edit");
            assertThat(given().cookie("ow-session", "x").get(page).then().extract().asString())
                    .contains("Unannounced edit");
        } finally {
            QuarkusTransaction.requiringNew().run(() -> Measure.findBySlug(MEASURE).orElseThrow().title = title);
        }
    }

    @Test
    void concurrentRequestsForAPageNotYetCachedRenderItOnce() throws Exception {
        Statistics stats = em.getEntityManagerFactory().unwrap(SessionFactory.class).getStatistics();
        // The least of three single renders: a background job's statement may fall inside any one measurement.
        long oneRender = Long.MAX_VALUE;
        long before;
        for (int i = 0; i < 3; i++) {
            before = stats.getPrepareStatementCount();
            given().get("/j/somerville-ma?one=" + System.nanoTime()).then().statusCode(200);
            oneRender = Math.min(oneRender, stats.getPrepareStatementCount() - before);
        }
        String url = "/j/somerville-ma?many=" + System.nanoTime();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(16);
        try {
            before = stats.getPrepareStatementCount();
            List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < 32; i++) {
                answers.add(pool.submit(() -> given().get(url).then().extract().statusCode()));
            }
            for (var answer : answers) {
                assertThat(answer.get(30, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo(200);
            }
            // One render, give or take a background job's statement; two renders would be twice as many.
            assertThat(stats.getPrepareStatementCount() - before).as("statements for 32 concurrent requests")
                    .isGreaterThanOrEqualTo(oneRender).isLessThan(2 * oneRender);
        } finally {
            pool.shutdownNow();
        }
    }

    private void jdbc(String sql) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.executeUpdate();
        }
    }
}
