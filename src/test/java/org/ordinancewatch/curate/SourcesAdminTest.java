package org.ordinancewatch.curate;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.ordinancewatch.access.AppUser;
import org.ordinancewatch.curate.web.SourcesAdminResource;
import org.ordinancewatch.testing.Accounts;
import org.ordinancewatch.testing.Fixtures;

import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * Scraper health and "run now": a curator starts one source (a Legistar site on loopback) and its progress arrives
 * as server-sent events, page by page, ending with the run's totals.
 */
@QuarkusTest
@TestProfile(SourcesAdminTest.LoopbackSource.class)
@org.junit.jupiter.api.TestInstance(org.junit.jupiter.api.TestInstance.Lifecycle.PER_CLASS)
class SourcesAdminTest {

    static HttpServer site;

    /** The real platform definitions and one source, a Legistar site served on 127.0.0.1. */
    public static class LoopbackSource implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            try {
                if (site == null) {
                    site = legistarSite();
                }
                Path dir = Files.createTempDirectory("ow-sources");
                Files.createDirectories(dir.resolve("sources"));
                Path platforms = Files.createDirectories(dir.resolve("platforms"));
                try (var files = Files.list(Path.of("scrapers/platforms"))) {
                    for (Path p : files.toList()) {
                        Files.copy(p, platforms.resolve(p.getFileName()));
                    }
                }
                Files.writeString(dir.resolve("sources/loop-pittsburgh.yaml"), "jurisdiction: pittsburgh-pa\n"
                        + "platform: legistar-web\nbase-url: http://127.0.0.1:" + site.getAddress().getPort() + "/pgh\n"
                        + "max-pages: 10\n");
                return Map.of("ow.sources.dir", dir.toString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    static HttpServer legistarSite() throws IOException {
        Map<String, byte[]> pages = Map.of(
                "/pgh/Calendar.aspx", Files.readAllBytes(Fixtures.own("legistar/Calendar_reordered_columns.html")),
                "/pgh/MeetingDetail.aspx", Files.readAllBytes(Fixtures.own("legistar/MeetingDetail_city_council.html")),
                "/pgh/LegislationDetail.aspx",
                Files.readAllBytes(Fixtures.own("legistar/LegislationDetail_face_surveillance.html")));
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            byte[] body = pages.get(exchange.getRequestURI().getPath());
            if (body == null) {
                exchange.sendResponseHeaders(404, -1);
            } else {
                exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
            }
            exchange.close();
        });
        server.start();
        return server;
    }

    @jakarta.inject.Inject
    jakarta.persistence.EntityManager em;

    /** Other test classes share the database: the run's findings go. */
    @org.junit.jupiter.api.AfterAll
    void forgetTheRun() {
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> {
            long j = org.ordinancewatch.model.Jurisdiction.findBySlug("pittsburgh-pa").orElseThrow().id;
            for (String sql : List.of(
                    "delete from status_change where measure_id in (select id from measure where origin = 'SCRAPED' and jurisdiction_id = ?1)",
                    "update status_change set snapshot_id = null where snapshot_id in (select id from snapshot where jurisdiction_id = ?1)",
                    "delete from agenda_item where meeting_id in (select id from meeting where jurisdiction_id = ?1)",
                    "delete from meeting where jurisdiction_id = ?1",
                    "delete from measure where origin = 'SCRAPED' and jurisdiction_id = ?1",
                    "delete from snapshot where jurisdiction_id = ?1",
                    "delete from source_health where jurisdiction_id = ?1")) {
                em.createNativeQuery(sql).setParameter(1, j).executeUpdate();
            }
            org.ordinancewatch.access.AuditEntry.delete("target like ?1", "%testville-pa");
            org.ordinancewatch.model.Jurisdiction.delete("slug", "testville-pa");
        });
        site.stop(0);
        site = null;
    }

    @Test
    void theHealthPageListsTheSourceWithARunButton() {
        Map<String, String> cookies = Accounts.session("health-curator", AppUser.CURATOR);
        Document d = Jsoup.parse(given().cookies(cookies).get("/admin/sources").then().statusCode(200).extract().asString());
        assertThat(d.select("#source-loop-pittsburgh th").text()).contains("legistar-web").contains("127.0.0.1");
        assertThat(d.select("#source-loop-pittsburgh form").attr("action")).isEqualTo("/admin/sources/loop-pittsburgh/run");
        given().redirects().follow(false).get("/admin/sources").then().statusCode(302);
    }

    @Test
    void runNowStreamsEachPageAndTheTotalsUntilItFinishes() {
        Map<String, String> cookies = Accounts.session("health-curator", AppUser.CURATOR);
        given().cookies(cookies).redirects().follow(false).post("/admin/sources/loop-pittsburgh/run").then().statusCode(403);
        given().cookies(cookies).redirects().follow(false).formParam("csrf", cookies.get("ow-csrf"))
                .post("/admin/sources/no-such-source/run").then().statusCode(400);
        String location = given().cookies(cookies).redirects().follow(false).formParam("csrf", cookies.get("ow-csrf"))
                .post("/admin/sources/loop-pittsburgh/run").then().statusCode(303).extract().header("Location");
        assertThat(location).endsWith("/admin/sources/loop-pittsburgh/run");

        String stream = given().cookies(cookies).accept("text/event-stream")
                .get("/admin/sources/loop-pittsburgh/run/events").then().statusCode(200)
                .contentType(org.hamcrest.Matchers.startsWith("text/event-stream")).extract().asString();
        List<String> data = stream.lines().filter(l -> l.startsWith("data:")).map(l -> l.substring(5).strip()).toList();
        assertThat(data.get(0)).startsWith("Started loop-pittsburgh");
        assertThat(data).anyMatch(l -> l.startsWith("Page 1: http://127.0.0.1:") && l.contains("Calendar.aspx"));
        assertThat(data).anyMatch(l -> l.contains("MeetingDetail.aspx") && l.contains("relevant so far"));
        assertThat(data.get(data.size() - 2)).startsWith("Finished: ").contains("new measures");
        assertThat(data.get(data.size() - 1)).isEqualTo(SourcesAdminResource.DONE);

        Document done = Jsoup.parse(given().cookies(cookies).get(location).then().statusCode(200).extract().asString());
        assertThat(done.select("#run-state").text()).isEqualTo("Finished.");
        assertThat(done.select("#run-log").text()).contains("Finished: ");
        Document health = Jsoup.parse(given().cookies(cookies).get("/admin/sources").asString());
        assertThat(health.select("#source-loop-pittsburgh td[data-label=Last success]").text()).doesNotContain("never");
        assertThat(given().cookies(cookies).get("/admin/audit.csv").asString()).contains("source.run,source:loop-pittsburgh");
    }

    @jakarta.inject.Inject
    org.ordinancewatch.source.SourceCatalog catalog;

    private io.restassured.response.Response placeForm(Map<String, String> cookies, String action, String timezone,
            String baseUrl, String schedule) {
        return given().cookies(cookies).redirects().follow(false).formParam("csrf", cookies.get("ow-csrf"))
                .formParam("name", "Testville").formParam("level", "city").formParam("region", "PA")
                .formParam("country", "US").formParam("timezone", timezone).formParam("latitude", "40.4")
                .formParam("longitude", "-80.0").formParam("platform", "legistar-web").formParam("baseUrl", baseUrl)
                .formParam("schedule", schedule).formParam("action", action).post("/admin/places/new");
    }

    private String siteUrl() {
        return "http://127.0.0.1:" + site.getAddress().getPort() + "/pgh";
    }

    @Test
    void aPreviewFetchesTheFirstPageAndSavesNothing() {
        Map<String, String> cookies = Accounts.session("places-curator", AppUser.CURATOR);
        Document d = Jsoup.parse(placeForm(cookies, "preview", "America/New_York", siteUrl(), "").then().statusCode(200)
                .extract().asString());
        assertThat(d.select(".preview h2").text()).contains(siteUrl() + "/Calendar.aspx");
        assertThat(d.select("#preview-counts").text()).matches("[1-9]\\d* meetings, .*");
        assertThat(d.select("input[name=name]").val()).as("the form keeps what was typed").isEqualTo("Testville");
        assertThat(io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(
                () -> org.ordinancewatch.model.Jurisdiction.findBySlug("testville-pa").isPresent())).isFalse();
    }

    @Test
    void mistakesAreNamedBesideTheirFieldsAndNothingIsSaved() {
        Map<String, String> cookies = Accounts.session("places-curator", AppUser.CURATOR);
        io.restassured.response.Response r = placeForm(cookies, "save", "Mars/Olympus", "ftp://example.org", "every day");
        assertThat(r.statusCode()).isEqualTo(400);
        Document d = Jsoup.parse(r.asString());
        assertThat(d.select("label:has(input[name=timezone]) .field-error").text()).contains("Mars/Olympus");
        assertThat(d.select("label:has(input[name=baseUrl]) .field-error").text()).contains("http");
        assertThat(d.select("label:has(input[name=schedule]) .field-error").text()).contains("cron");
        assertThat(d.select("input[name=schedule]").val()).isEqualTo("every day");
        assertThat(catalog.sources()).noneMatch(s -> s.baseUrl().startsWith("ftp:"));
    }

    @Test
    void savingAddsThePlaceAndAWatchedSource() throws IOException {
        Map<String, String> cookies = Accounts.session("places-curator", AppUser.CURATOR);
        placeForm(cookies, "save", "America/New_York", siteUrl(), "0 0 7 * * ?").then().statusCode(303)
                .header("Location", org.hamcrest.Matchers.endsWith("/admin/places/testville-pa/source?notice=saved"));
        assertThat(catalog.source("testville-pa")).hasValueSatisfying(s -> {
            assertThat(s.baseUrl()).isEqualTo(siteUrl());
            assertThat(s.schedule()).isEqualTo("0 0 7 * * ?");
        });
        assertThat(Files.readString(catalog.sourcesDir().resolve("testville-pa.yaml"))).contains("platform: legistar-web");
        Document coverage = Jsoup.parse(given().get("/coverage").asString());
        assertThat(coverage.select("tr.watched a[href=/j/testville-pa]")).hasSize(1);
        assertThat(given().cookies(cookies).get("/admin/audit.csv").asString())
                .contains("place.create,jurisdiction:testville-pa").contains("source.create,source:testville-pa");
        placeForm(cookies, "save", "America/New_York", siteUrl(), "").then().statusCode(400);

        given().cookies(cookies).redirects().follow(false).formParam("csrf", cookies.get("ow-csrf"))
                .formParam("name", "Testville Borough").formParam("level", "town").formParam("region", "PA")
                .formParam("country", "US").formParam("timezone", "America/New_York").formParam("latitude", "40.5")
                .formParam("longitude", "-80.0").formParam("platform", "legistar-web").formParam("baseUrl", siteUrl())
                .formParam("action", "save").post("/admin/places/testville-pa/source").then().statusCode(303);
        Path seedRow = Files.createTempFile("places", ".csv");
        Files.writeString(seedRow, "slug,name,level,region,country,latitude,longitude,timezone\n"
                + "testville-pa,Testville,city,PA,US,40.4,-80.0,America/New_York\n");
        Path noMeasures = Files.createTempFile("places-measures", ".csv");
        Files.writeString(noMeasures, String.join(",", org.ordinancewatch.seed.SeedReader.MEASURE_COLUMNS) + "\n");
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> importer.apply(
                org.ordinancewatch.seed.SeedReader.read(seedRow, noMeasures)));
        var place = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .call(() -> org.ordinancewatch.model.Jurisdiction.findBySlug("testville-pa").orElseThrow());
        assertThat(place.name).as("a curator's edit outlives the seed file").isEqualTo("Testville Borough");
        assertThat(place.level).isEqualTo(org.ordinancewatch.model.Level.TOWN);
        assertThat(place.curated).isTrue();
        assertThat(given().cookies(cookies).get("/admin/audit.csv").asString())
                .contains("place.edit,jurisdiction:testville-pa,name: Testville -> Testville Borough");
    }

    @jakarta.inject.Inject
    org.ordinancewatch.seed.SeedImporter importer;
}
