package org.ordinancewatch.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.ordinancewatch.source.SourceCatalog;
import org.ordinancewatch.source.SourceDefinition;

import io.quarkus.test.junit.QuarkusTest;

/** {@code /coverage} lists every tracked jurisdiction once, and says truthfully whether its agenda is read. */
@QuarkusTest
class CoveragePageTest {

    @Inject
    SourceCatalog catalog;

    private static Document page(String path) {
        return Jsoup.parse(given().get(path).then().statusCode(200).extract().asString());
    }

    private static Set<String> configuredPlaces() throws IOException {
        return Files.readAllLines(Path.of("config/jurisdictions.csv")).stream().skip(1).filter(l -> !l.isBlank())
                .map(l -> l.substring(0, l.indexOf(','))).collect(Collectors.toSet());
    }

    private Set<String> watchedPlaces() {
        return catalog.sources().stream().filter(SourceDefinition::enabled).map(SourceDefinition::jurisdiction)
                .collect(Collectors.toSet());
    }

    @Test
    void everyJurisdictionIsListedOnceAndLinked() throws IOException {
        List<String> links = page("/coverage").select("table.coverage tbody th a").eachAttr("href");
        assertThat(links).doesNotHaveDuplicates();
        assertThat(links).containsExactlyInAnyOrderElementsOf(configuredPlaces().stream().map(s -> "/j/" + s).toList());
    }

    @Test
    void watchedRowsAreExactlyThePlacesWithAnEnabledSource() {
        Document d = page("/coverage");
        Set<String> watched = d.select("tr.watched th a").eachAttr("href").stream().map(h -> h.substring(3))
                .collect(Collectors.toSet());
        assertThat(watched).isEqualTo(watchedPlaces()).isNotEmpty();
        assertThat(d.select(".lede").text()).contains(d.select("table.coverage tbody tr").size() + " in all")
                .contains("For " + watched.size() + " of them");
        assertThat(d.select("tr:has(a[href=\"/j/oakland-ca\"]) td[data-label=Agenda]").text()).contains("watched")
                .contains("oakland.legistar.com");
    }

    @Test
    void aPlaceWithoutSourceSaysWhy() {
        Document d = page("/coverage");
        assertThat(d.select("tr:has(a[href=\"/j/minneapolis-mn\"]) td[data-label=Agenda]").text()).contains("not watched")
                .contains("lims.minneapolismn.gov").doesNotContain("No agenda source is defined yet");
        assertThat(d.select("tr:has(a[href=\"/j/springfield-ma\"]) td[data-label=Agenda]").text())
                .contains("not watched").contains("Platform not confirmed");
        assertThat(d.select("tr:has(a[href=\"/j/boston-ma\"]) td[data-label=Agenda]").text()).contains("watched")
                .contains("boston.legistar.com");
        assertThat(d.select("tr:has(a[href=\"/j/california\"]) td[data-label=Agenda]").text())
                .contains("state legislature");
        assertThat(d.select("tr:has(a[href=\"/j/european-union\"]) td[data-label=Agenda]").text())
                .contains("European Union");
        assertThat(d.select("tr:has(a[href=\"/j/dallas-tx\"]) td[data-label=Agenda]").text())
                .contains("cityofdallas.legistar.com");
    }

    @Test
    void theApiCarriesTheSameRows() {
        List<Map<String, Object>> rows = given().get("/api/coverage").then().statusCode(200)
                .contentType("application/json").extract().jsonPath().getList("$");
        assertThat(rows).hasSize(page("/coverage").select("table.coverage tbody tr").size());
        Map<String, Object> minneapolis = rows.stream().filter(r -> r.get("jurisdiction").equals("minneapolis-mn"))
                .findFirst().orElseThrow();
        assertThat(minneapolis).containsEntry("watched", false).containsEntry("level", "city");
        assertThat((String) minneapolis.get("notWatched")).contains("lims.minneapolismn.gov");
        assertThat(((Number) minneapolis.get("measures")).longValue()).isPositive();
        Map<String, Object> oakland = rows.stream().filter(r -> r.get("jurisdiction").equals("oakland-ca")).findFirst()
                .orElseThrow();
        assertThat(oakland).containsEntry("watched", true);
        assertThat((List<?>) oakland.get("agendas")).hasSize(1);
    }

    /**
     * Every tracked US city, town or county is either read by an enabled source or has its researched reason on the
     * page (scrapers/unwatched.yaml), never the generic guess; and a noted place is never also watched.
     */
    @Test
    void everyUnwatchedUsPlaceSaysWhatWasFound() {
        List<Map<String, Object>> rows = given().get("/api/coverage").then().statusCode(200).extract().jsonPath()
                .getList("$");
        Set<String> local = Set.of("city", "town", "county");
        List<Map<String, Object>> unwatchedLocal = rows.stream().filter(r -> "US".equals(r.get("country"))
                && local.contains(r.get("level")) && !Boolean.TRUE.equals(r.get("watched"))).toList();
        assertThat(unwatchedLocal).isNotEmpty().allSatisfy(r -> assertThat((String) r.get("notWatched"))
                .as((String) r.get("jurisdiction")).doesNotContain("No agenda source is defined yet"));
        for (Map<String, Object> r : unwatchedLocal) {
            assertThat(catalog.unwatchedReason((String) r.get("jurisdiction"))).contains((String) r.get("notWatched"));
        }
        assertThat(watchedPlaces()).noneMatch(p -> catalog.unwatchedReason(p).isPresent());
    }

    @Test
    void aboutClaimsOnlyWhatIsWatched() {
        long places = watchedPlaces().size();
        assertThat(page("/about").select(".lede").text()).contains("reads the council agendas of " + places + " jurisdictions");
    }
}
