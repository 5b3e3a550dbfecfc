package org.ordinancewatch.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** {@code /coverage} and {@code /api/coverage} tell which tracked places are watched, with what, and why not. */
@QuarkusTest
class CoveragePageTest {

    @Test
    void everyTrackedPlaceIsListedWatchedOrWithAReason() {
        List<Map<String, Object>> coverage = api();
        assertThat(coverage).hasSize(70);
        assertThat(coverage).allSatisfy(c -> {
            if (Boolean.TRUE.equals(c.get("watched"))) {
                assertThat(c.get("reason")).as(c.get("jurisdiction") + " is watched").isNull();
                assertThat((List<?>) c.get("sources")).isNotEmpty();
            } else {
                assertThat((String) c.get("reason")).as(c.get("jurisdiction") + " says why not").isNotBlank();
            }
        });
    }

    @Test
    void watchedMeansAnEnabledSourceAndNothingElse() {
        List<Map<String, Object>> sources = given().get("/api/sources").then().statusCode(200).extract().jsonPath()
                .getList("$");
        Set<Object> enabled = sources.stream().filter(s -> Boolean.TRUE.equals(s.get("enabled")))
                .map(s -> s.get("jurisdiction")).collect(Collectors.toSet());
        Set<Object> watched = api().stream().filter(c -> Boolean.TRUE.equals(c.get("watched")))
                .map(c -> c.get("jurisdiction")).collect(Collectors.toSet());
        assertThat(watched).isEqualTo(enabled).hasSize(15).contains("madison-wi", "new-york-city-ny", "dallas-tx");
        Map<String, Object> madison = entry("madison-wi");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> watches = (List<Map<String, Object>>) madison.get("sources");
        assertThat(watches).singleElement().satisfies(s -> assertThat(s).containsEntry("platform", "legistar-web")
                .containsEntry("baseUrl", "https://madison.legistar.com").containsEntry("enabled", true)
                .containsKey("lastAttemptAt"));
    }

    @Test
    void placesNotWatchedSayWhy() {
        assertThat((String) entry("colorado").get("reason")).contains("state legislature");
        assertThat((String) entry("italy").get("reason")).contains("national government");
        assertThat((String) entry("european-union").get("reason")).contains("European Union");
        assertThat((String) entry("worcester-ma").get("reason")).contains("No agenda source is defined yet");
        assertThat(entry("european-union")).containsEntry("level", "supranational").containsEntry("country", "EU");
    }

    @Test
    void thePageShowsTheSameAsTheApi() {
        Document d = page("/coverage");
        assertThat(d.select("table.coverage tbody tr")).hasSize(70);
        assertThat(d.select("tr.watched")).hasSize(15);
        assertThat(d.selectFirst("tr[data-slug=dallas-tx]").select("td[data-label=Platform]").text())
                .isEqualTo("legistar-web https://cityofdallas.legistar.com");
        Element madison = d.selectFirst("tr[data-slug=madison-wi]");
        assertThat(madison.select("td[data-label=Watched]").text()).isEqualTo("Watched");
        assertThat(madison.select("td[data-label=Platform]").text()).contains("legistar-web", "https://madison.legistar.com");
        Element worcester = d.selectFirst("tr[data-slug=worcester-ma]");
        assertThat(worcester.select("td[data-label=Watched]").text()).isEqualTo("Not watched");
        assertThat(worcester.select("td[data-label='Why not']").text()).contains("No agenda source is defined yet");
        assertThat(d.select(".lede").text()).contains("Of 70 places, 15 are watched");
        assertThat(d.select("#nothing-watched")).isEmpty();
        assertThat(page("/").select("nav a[href=/coverage]")).hasSize(1);
    }

    @Test
    void theAboutPageClaimsOnlyWhatIsWatched() {
        assertThat(page("/about").select(".lede").text()).contains("reads the agendas of 15 of the places it tracks")
                .doesNotContain("70 tracked");
    }

    @Test
    void aSourceSwitchedOffIsNotWatchingAndSaysSo() {
        org.ordinancewatch.model.Jurisdiction place = new org.ordinancewatch.model.Jurisdiction();
        place.slug = "example-city";
        place.level = org.ordinancewatch.model.Level.CITY;
        var off = new org.ordinancewatch.source.SourceDefinition("example-city", "legistar-web",
                "https://example.legistar.com", null, null, null, null, null, null, null, false, "example-city", "test");
        var row = new org.ordinancewatch.web.query.CoverageQueries.CoverageRow(place,
                List.of(new org.ordinancewatch.web.query.SiteQueries.SourceRow(off, null)));
        assertThat(row.watched()).isFalse();
        assertThat(row.reason()).isEqualTo("A source is defined (legistar-web) but switched off.");
    }

    private static List<Map<String, Object>> api() {
        return given().get("/api/coverage").then().statusCode(200).extract().jsonPath().getList("$");
    }

    private static Map<String, Object> entry(String slug) {
        return api().stream().filter(c -> slug.equals(c.get("jurisdiction"))).findFirst().orElseThrow();
    }

    private static Document page(String path) {
        return Jsoup.parse(given().get(path).then().statusCode(200).extract().asString());
    }
}
