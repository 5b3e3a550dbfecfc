package org.ordinancewatch.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import java.time.Instant;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class PagesTest {

    private static Document page(String path) {
        String html = given().get(path).then().statusCode(200).contentType(ContentType.HTML).extract().asString();
        return Jsoup.parse(html);
    }

    @Test
    void dashboardListsEveryMeasureFiftyAPage() {
        Document one = page("/");
        Document two = page("/?page=2");
        assertThat(one.select("table.measures tbody tr")).hasSize(50);
        assertThat(two.select("table.measures tbody tr")).hasSize(39);
        java.util.Set<String> linked = new java.util.HashSet<>(one.select("table.measures a[href^=/m/]").eachAttr("href"));
        linked.addAll(two.select("table.measures a[href^=/m/]").eachAttr("href"));
        assertThat(linked).hasSize(89);
    }

    @Test
    void dashboardCountsByStatus() {
        Document d = page("/");
        assertThat(d.select("a.count.status-in-force .n").text()).isEqualTo("45");
        assertThat(d.select("a.count.status-expired .n").text()).isEqualTo("6");
        assertThat(d.select("a.count.status-repealed .n").text()).isEqualTo("3");
        assertThat(d.select("a.count")).hasSize(11);
    }

    @Test
    void dashboardFiltersByStatus() {
        Document d = page("/?status=expired");
        assertThat(d.select("table.measures tbody th a").eachText()).containsExactly("Baltimore, MD", "California", "Italy", "Morocco",
                "New York State");
        assertThat(d.select("select[name=status] option[selected]").val()).isEqualTo("expired");
    }

    @Test
    void dashboardFiltersByKindAndRegion() {
        Document d = page("/?kind=moratorium&region=MA");
        assertThat(d.select("table.measures tbody th a").eachText()).containsExactly("Springfield, MA");
    }

    @Test
    void statusCountLinksKeepOtherFilters() {
        Document d = page("/?region=CA");
        assertThat(d.select("a.count.status-expired").attr("href")).isEqualTo("/?status=expired&region=CA");
    }

    @Test
    void dashboardSaysWhenNothingMatches() {
        Document d = page("/?status=vetoed");
        assertThat(d.select(".empty").text()).contains("No measures match");
    }

    @Test
    void dashboardShowsRecentChangesLatestFirst() {
        var changes = page("/").select(".changes li");
        assertThat(changes).hasSize(8);
        // Italy's moratorium and its extension both lapsed by rule at the extension's sunset, the latest change.
        assertThat(changes.get(0).text()).startsWith("Italy: ").contains("→ Expired 31 Dec 2025");
        assertThat(changes.get(3).text()).startsWith("Jackson, MS: In force → Repealed Feb 2025");
        assertThat(changes.stream().limit(5).map(li -> li.selectFirst("a").text()))
                .containsExactly("Italy", "Italy", "European Union", "Jackson, MS", "Baltimore, MD");
    }

    @Test
    void badFilterIsA400Page() {
        String html = given().get("/?status=banned").then().statusCode(400).contentType(ContentType.HTML)
                .body(not(containsString("Exception"))).extract().asString();
        assertThat(Jsoup.parse(html).select(".lede").text()).startsWith("unknown status 'banned'");
    }

    @Test
    void everyPageSaysAsOf() {
        for (String path : List.of("/", "/j/boston-ma", "/m/boston-ma-ban-2020", "/about")) {
            assertThat(page(path).select("p.as-of time").attr("datetime")).as(path).isNotBlank();
        }
    }

    @Test
    void aMeasurePageIsAsOfItsLatestRecordedChangeNotTheTimeOfTheRequest() {
        List<String> recorded = given().get("/api/measures/boston-ma-ban-2020").then().extract()
                .jsonPath().getList("history.recordedAt", String.class);
        Instant latest = recorded.stream().map(Instant::parse).max(Instant::compareTo).orElseThrow();
        Instant shown = Instant.parse(page("/m/boston-ma-ban-2020").select("p.as-of time").attr("datetime"));
        assertThat(shown).isEqualTo(latest);
    }

    @Test
    void jurisdictionPageShowsItsMeasures() {
        Document d = page("/j/baltimore-md");
        assertThat(d.select("h1").text()).isEqualTo("Baltimore, MD");
        // CB 21-0001 and the two bills around it (20-0606 before, 23-0379 after).
        assertThat(d.select("table.measures tbody tr")).hasSize(3);
        assertThat(d.select("table.measures tbody tr:has(a[href=/m/baltimore-md-moratorium-2021]) td").get(4).text())
                .isEqualTo("31 Dec 2022");
    }

    @Test
    void unknownJurisdictionIsA404Page() {
        given().get("/j/atlantis").then().statusCode(404).contentType(ContentType.HTML)
                .body(allOf(containsString("<h1>Not Found</h1>"), containsString("atlantis")));
    }

    @Test
    void measurePageShowsStatusWithDate() {
        Document d = page("/m/new-orleans-la-ban-2020");
        assertThat(d.select(".status-line").text()).isEqualTo("Repealed since 28 Jul 2022");
    }

    @Test
    void measurePageShowsFacts() {
        Document d = page("/m/baltimore-md-moratorium-2021");
        assertThat(d.select(".facts .countdown").text()).matches("\\(passed \\d+ days ago\\)");
        d.select(".facts .countdown").remove();
        assertThat(d.select(".facts dd").eachText()).containsExactly("CB 21-0001",
                "private entities; city agencies except police", "14 Jun 2021", "9 Aug 2021", "31 Dec 2022",
                "not recorded");
    }

    @Test
    void measurePageMarksMonthOnlyDates() {
        Document d = page("/m/berkeley-ca-ban-2019");
        assertThat(d.select(".facts dd").get(2).text()).isEqualTo("Oct 2019 (month only)");
    }

    @Test
    void measurePageMarksMonthOnlyDatesInTheStatusLineAndTimeline() {
        Document d = page("/m/jackson-ms-ban-2020");
        assertThat(d.select(".status-line").text()).isEqualTo("Repealed since Feb 2025 (month only)");
        assertThat(d.select(".timeline .when").eachText()).contains("Oct 2020 (month only)", "Feb 2025 (month only)");
    }

    @Test
    void measurePageLinksSources() {
        Document d = page("/m/oakland-ca-ban-2019");
        assertThat(d.select("ul.sources a").attr("href"))
                .isEqualTo("https://www.cnet.com/news/facial-recognition-banned-in-another-city/");
        assertThat(d.select("ul.sources li").eachText()).containsExactly(
                "CNET 2019-07-17 (first vote; final vote 2019-09-17)", "The Verge 2019-07-17 (unanimous first vote)",
                "ACLU NorCal letter 2019-07-16 on Item 7.7 (copy on docslib)", "oakland.legistar.com (publication)",
                "ACLU of Northern California (publication)");
        // No official record of Oakland's ban was found: the page says so rather than pass a report off as one.
        assertThat(d.select("p.no-official").text()).contains("No official record of this measure has been found");
    }

    @Test
    void measurePageNamesItsOfficialRecordFirst() {
        Document d = page("/m/madison-wi-ban-2020");
        assertThat(d.select("p.no-official")).isEmpty();
        assertThat(d.select("ul.sources li").first().text()).startsWith("Official record: Legistar File 62413");
        assertThat(d.select("ul.sources li.official a").attr("href")).startsWith("https://madison.legistar.com/");
    }

    @Test
    void measurePageShowsConflictingSources() {
        Document d = page("/m/baltimore-md-moratorium-2021");
        assertThat(d.select(".panel.note p").text()).contains("12-2 (Baltimore Sun) and 13-2 (Jackson Lewis)");
    }

    @Test
    void measurePageShowsTimelineWithOrigin() {
        Document d = page("/m/california-moratorium-2019");
        assertThat(d.select(".timeline .when").eachText()).containsExactly("8 Oct 2019", "1 Jan 2020", "1 Jan 2023");
        assertThat(d.select(".timeline li").last().text()).startsWith("1 Jan 2023").contains("Researched: ").doesNotContain("config/measures.csv").doesNotContain("Why:");
    }

    @Test
    void measurePageAcceptsNumericId() {
        String id = given().get("/api/measures/boston-ma-ban-2020").then().extract().path("id").toString();
        assertThat(page("/m/" + id).select("h1").text()).isEqualTo("Ordinance banning face surveillance in the City of Boston");
    }

    @Test
    void unknownMeasureIsA404Page() {
        given().get("/m/no-such-measure").then().statusCode(404).contentType(ContentType.HTML)
                .body(containsString("no-such-measure"));
    }

    @Test
    void aboutExplainsEveryStatus() {
        Document d = page("/about");
        assertThat(d.select("table.vocab code").eachText()).containsExactly("proposed", "in_committee", "passed",
                "in_force", "weakened", "expired", "repealed", "failed", "withdrawn", "vetoed", "pending");
    }

    @Test
    void aboutNamesTheRulingKindAndTheSupranationalLevel() {
        Document d = page("/about");
        assertThat(d.select("li:has(code)").eachText()).contains("Court or regulator ruling (ruling)");
        assertThat(d.select("p#rulings").text()).contains("not a law").contains("data-protection authority");
        assertThat(d.select("p#levels code").eachText()).containsExactly("city", "town", "county", "state", "country",
                "supranational");
        assertThat(d.select("p#levels").text()).contains("European Union");
    }

    @Test
    void stylesheetIsServedLocally() {
        given().get("/css/app.css").then().statusCode(200).body(containsString(".badge"));
        assertThat(page("/").select("link[rel=stylesheet]").attr("href")).isEqualTo("/css/app.css");
        assertThat(page("/").select("script[src], link[href^=http]")).isEmpty();
    }

    @Test
    void healthReadinessIncludesDatabase() {
        given().get("/q/health/ready").then().statusCode(200)
                .body(containsString("Database connections health check"), containsString("UP"));
    }

    @Test
    void sourcesPageListsEveryDefinition() {
        Document d = page("/sources");
        assertThat(d.select("table.measures tbody tr td:first-child a").eachText()).contains("new-york-city-ny",
                "baltimore-md");
        assertThat(d.select("table.measures tbody").text()).contains("not scraped yet");
    }

    @Test
    void dashboardOffersTheFilteredViewAsCsv() {
        assertThat(page("/?region=MA").select("a:contains(Download CSV)").attr("href"))
                .isEqualTo("/export/measures.csv?region=MA");
    }

    @Test
    void jurisdictionPageNamesItsAgendaSource() {
        Document d = page("/j/somerville-ma");
        assertThat(d.select(".panel:has(h2:contains(Agenda sources))").text())
                .contains("iqm2", "https://somervillecityma.iqm2.com", "not scraped yet");
    }
}
