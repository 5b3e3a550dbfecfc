package org.ordinancewatch.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The seeded lineage (typed links between measures) read from both ends, in the API and on the measure pages;
 * the {@code ruling} kind and the {@code supranational} level through filters, the API, the pages and the map.
 */
@QuarkusTest
class LineageAndVocabularyTest {

    /** from-slug, relation, to-slug: "from {relation} to", later measure first. */
    private static final List<String[]> LINEAGE = List.of(
            new String[] { "new-york-state-ban-bill-2021", "reintroduces", "new-york-state-ban-bill-2019" },
            new String[] { "new-york-state-ban-bill-2023", "reintroduces", "new-york-state-ban-bill-2021" },
            new String[] { "new-york-state-ban-bill", "reintroduces", "new-york-state-ban-bill-2023" },
            new String[] { "baltimore-md-moratorium-2021", "reintroduces", "baltimore-md-bill-20-0606" },
            new String[] { "baltimore-md-bill-23-0379", "reintroduces", "baltimore-md-moratorium-2021" },
            new String[] { "virginia-sb-741-2022", "replaces", "virginia-ban-2021" },
            new String[] { "new-york-state-school-determination-2023", "replaces", "new-york-state-school-moratorium-2020" },
            new String[] { "san-diego-ca-trust-amendments-2024", "amends", "san-diego-ca-trust-2022" },
            new String[] { "italy-moratorium-extension-2023", "extends", "italy-moratorium-2021" },
            new String[] { "colorado-hb24-1468", "amends", "colorado-regulation-2022" },
            new String[] { "cambridge-ma-ban-2020", "amends", "cambridge-ma-oversight-2018" });

    private static final Map<String, String[]> WORDS = Map.of("reintroduces",
            new String[] { "reintroduces", "was reintroduced as" }, "replaces", new String[] { "replaces", "was replaced by" },
            "amends", new String[] { "amends", "was amended by" }, "extends", new String[] { "extends", "was extended by" },
            "repeals", new String[] { "repeals", "was repealed by" });

    @Test
    void everyLinkReadsFromBothEndsInTheApi() {
        for (String[] link : LINEAGE) {
            List<Map<String, Object>> from = links(link[0]);
            assertThat(from).as("links of " + link[0]).anySatisfy(l -> {
                assertThat(l).containsEntry("relation", link[1]).containsEntry("direction", "outgoing")
                        .containsEntry("measure", link[2]).containsEntry("wording", WORDS.get(link[1])[0]);
            });
            List<Map<String, Object>> to = links(link[2]);
            assertThat(to).as("links of " + link[2]).anySatisfy(l -> {
                assertThat(l).containsEntry("relation", link[1]).containsEntry("direction", "incoming")
                        .containsEntry("measure", link[0]).containsEntry("wording", WORDS.get(link[1])[1]);
            });
        }
    }

    @Test
    void theNewYorkBillIsAChainOfFourSessions() {
        assertThat(links("new-york-state-ban-bill-2021")).extracting(l -> l.get("direction") + " " + l.get("measure"))
                .containsExactlyInAnyOrder("outgoing new-york-state-ban-bill-2019", "incoming new-york-state-ban-bill-2023");
        given().get("/api/measures/new-york-state-ban-bill-2019").then().statusCode(200)
                .body("identifier", equalTo("S7572/A9767 (2019-20)")).body("status", equalTo("failed"));
        given().get("/api/measures/new-york-state-ban-bill").then().statusCode(200).body("status", equalTo("pending"));
    }

    @Test
    void theMeasurePageWordsEachLinkFromItsOwnSide() {
        assertThat(related("italy-moratorium-2021")).contains("This measure was extended by Extends the public-space "
                + "facial recognition moratorium to end of 2025 (Italy)");
        assertThat(related("italy-moratorium-extension-2023")).contains("This measure extends Temporary ban on installing");
        assertThat(related("virginia-ban-2021")).contains("This measure was replaced by Law allowing local and campus police");
        assertThat(related("san-diego-ca-trust-2022")).contains("This measure was amended by Amendments exempting police");
        assertThat(related("new-york-state-ban-bill-2019")).contains("This measure was reintroduced as Ban on police use "
                + "of biometric surveillance and a task force to study it (2021-22 session)");
        Document page = page("/m/new-york-state-school-moratorium-2020");
        assertThat(page.select(".panel:has(h2:contains(Related)) a").eachAttr("href"))
                .contains("/m/new-york-state-school-determination-2023");
    }

    @Test
    void rulingsHaveTheirOwnKindInTheApiAndTheFilters() {
        given().get("/api/measures?kind=ruling").then().statusCode(200).body("$", hasSize(6))
                .body("kind", everyItem(equalTo("ruling")))
                .body("slug", hasItem("united-kingdom-bridges-2020"))
                .body("find { it.slug == 'united-kingdom-bridges-2020' }.country", equalTo("GB"));
        Document dashboard = page("/?kind=ruling");
        assertThat(dashboard.select("select[name=kind] option[selected]").text()).isEqualTo("Court or regulator ruling");
        assertThat(dashboard.select("table.measures a[href^=/m/]").eachAttr("href")).hasSize(6)
                .contains("/m/canada-clearview-findings-2021", "/m/buenos-aires-ar-srfp-ruling-2022");
        assertThat(page("/m/united-kingdom-bridges-2020").select("p.eyebrow").text())
                .isEqualTo("Court or regulator ruling · United Kingdom");
    }

    @Test
    void theEuropeanUnionIsSupranational() {
        given().get("/api/jurisdictions/european-union").then().statusCode(200).body("level", equalTo("supranational"))
                .body("country", equalTo("EU")).body("timezone", equalTo("Europe/Brussels"))
                .body("measures", hasSize(2));
        given().get("/api/measures?jurisdiction=european-union").then().statusCode(200)
                .body("level", everyItem(equalTo("supranational"))).body("country", everyItem(equalTo("EU")));
        assertThat(page("/j/european-union").select("h1").text()).isEqualTo("European Union");
        Document map = page("/map?kind=ban");
        assertThat(map.select("svg#map-world a[href=/j/european-union]")).isNotEmpty();
    }

    @Test
    void placesOutsideTheUnitedStatesKeepTheirCountryAndTimeZone() {
        given().get("/api/jurisdictions/buenos-aires-ar").then().statusCode(200).body("country", equalTo("AR"))
                .body("timezone", equalTo("America/Argentina/Buenos_Aires")).body("level", equalTo("city"));
        given().get("/api/jurisdictions/telangana-in").then().statusCode(200).body("country", equalTo("IN"))
                .body("timezone", equalTo("Asia/Kolkata"));
    }

    private static List<Map<String, Object>> links(String slug) {
        return given().get("/api/measures/" + slug).then().statusCode(200).extract().jsonPath().getList("links");
    }

    private static String related(String slug) {
        return page("/m/" + slug).select(".panel:has(h2:contains(Related)) li").text();
    }

    private static Document page(String path) {
        return Jsoup.parse(given().get(path).then().statusCode(200).extract().asString());
    }
}
