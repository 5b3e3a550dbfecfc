package org.ordinancewatch.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class MapPageTest {

    @Inject
    EntityManager em;

    private static Document map(String query) {
        String html = given().get("/map" + query).then().statusCode(200).contentType(ContentType.HTML).extract().asString();
        return Jsoup.parse(html);
    }

    @Test
    void everyLocalPlaceWithCoordinatesHasOneMarkerLinkingToItsPage() {
        List<Map<String, Object>> places = given().get("/api/jurisdictions").then().statusCode(200).extract().path("$");
        List<String> local = places.stream()
                .filter(p -> List.of("city", "town", "county").contains(p.get("level")) && p.get("latitude") != null)
                .map(p -> (String) p.get("slug")).toList();
        Document d = map("");
        assertThat(local).isNotEmpty();
        for (String slug : local) {
            assertThat(d.select("circle.marker[data-slug=" + slug + "]")).as(slug).hasSize(1);
            assertThat(d.select("circle.marker[data-slug=" + slug + "]").parents().first().attr("href"))
                    .isEqualTo("/j/" + slug);
        }
        assertThat(d.select("circle.marker").eachAttr("data-slug")).doesNotHaveDuplicates();
    }

    @Test
    void aMarkerIsColouredByItsHeadlineStatus() {
        Document d = map("");
        assertThat(d.select("circle.marker[data-slug=somerville-ma]").hasClass("fill-in-force")).isTrue();
        assertThat(d.select("circle.marker[data-slug=somerville-ma] title").text()).startsWith("Somerville, MA — In force");
    }

    @Test
    void aStateIsShadedByItsOwnMeasuresAndLinksToItsPage() {
        Document d = map("?status=expired");
        assertThat(d.select("path.shape-ca").attr("data-slug")).isEqualTo("california");
        assertThat(d.select("path.shape-ca").hasClass("fill-expired")).isTrue();
        assertThat(d.select("path.shape-ca").parents().first().attr("href")).isEqualTo("/j/california");
        assertThat(d.select("circle.marker").eachAttr("data-slug")).containsExactly("baltimore-md");
    }

    @Test
    void unshadedStatesAreStillDrawn() {
        Document d = map("?status=expired");
        assertThat(d.select("#map-us path.shape").size()).isGreaterThanOrEqualTo(50);
        assertThat(d.select("#map-us path.shape.shaded").eachAttr("data-slug")).containsExactly("california",
                "new-york-state");
    }

    @Test
    void filtersKeepTheirSelectionAndTheLegendCountsPlaces() {
        Document d = map("?status=in_force&kind=ban");
        assertThat(d.select("select[name=status] option[selected]").val()).isEqualTo("in_force");
        assertThat(d.select("select[name=kind] option[selected]").val()).isEqualTo("ban");
        long places = d.select("circle.marker").size() + d.select("path.shape.shaded").size();
        assertThat(d.select(".legend li").size()).isEqualTo(11);
        assertThat(d.select(".legend li:has(.fill-in-force) .small").text()).isEqualTo(String.valueOf(places));
        assertThat(d.select("circle.marker, path.shaded").eachAttr("class"))
                .allSatisfy(c -> assertThat(c).contains("fill-in-force"));
    }

    @Test
    void badFilterIsA400() {
        given().get("/map?status=banned").then().statusCode(400).contentType(ContentType.HTML);
        given().get("/map?kind=<script>").then().statusCode(400);
    }

    @Test
    void theMapMakesNoExternalRequests() {
        Document d = map("");
        assertThat(d.select("[src^=http], link[href^=http], script[src]")).isEmpty();
    }

    @Test
    void theMapIsOneQueryHoweverManyPlacesItDraws() {
        Statistics stats = em.getEntityManagerFactory().unwrap(SessionFactory.class).getStatistics();
        assertThat(stats.isStatisticsEnabled()).isTrue();
        long before = statements(stats, "");
        int markersBefore = map("").select("circle.marker").size();
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < 300; i++) {
                em.createNativeQuery("insert into jurisdiction (slug, name, level, region, country, latitude, longitude,"
                        + " timezone, updated_at) values (?1, ?2, 'city', 'KS', 'US', ?3, ?4, 'America/Chicago',"
                        + " current_timestamp)").setParameter(1, "map-test-" + i).setParameter(2, "Map Test " + i)
                        .setParameter(3, 37.0 + (i % 30) * 0.1).setParameter(4, -100.0 + (i / 30) * 0.3).executeUpdate();
                em.createNativeQuery("insert into measure (slug, jurisdiction_id, title, kind, status, origin, created_at,"
                        + " updated_at) select ?1, id, 'Test measure', 'ban', 'proposed', 'SEED', current_timestamp,"
                        + " current_timestamp from jurisdiction where slug = ?2").setParameter(1, "map-test-m-" + i)
                        .setParameter(2, "map-test-" + i).executeUpdate();
            }
        });
        try {
            long after = statements(stats, "");
            assertThat(map("").select("circle.marker").size()).isEqualTo(markersBefore + 300);
            assertThat(map("").select("circle.marker.fill-proposed[data-slug^=map-test-]")).hasSize(300);
            assertThat(after).isEqualTo(before).isLessThanOrEqualTo(2);
        } finally {
            QuarkusTransaction.requiringNew().run(() -> {
                em.createNativeQuery("delete from measure where slug like 'map-test-m-%'").executeUpdate();
                em.createNativeQuery("delete from jurisdiction where slug like 'map-test-%'").executeUpdate();
            });
        }
    }

    /** Statements for one rendering of the map; the unused parameter makes a URL the page cache has not seen. */
    private static long statements(Statistics stats, String query) {
        long start = stats.getPrepareStatementCount();
        map(query + (query.isEmpty() ? "?" : "&") + "render=" + System.nanoTime());
        return stats.getPrepareStatementCount() - start;
    }
}
