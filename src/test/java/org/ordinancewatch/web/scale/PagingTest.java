package org.ordinancewatch.web.scale;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The JSON lists and the dashboard come a page at a time, with the total and links to the other pages. */
@QuarkusTest
class PagingTest {

    @Inject
    EntityManager em;

    @Test
    void theMeasureListPagesWithTotalAndLinks() {
        Response first = given().get("/api/measures?size=20").then().statusCode(200).extract().response();
        assertThat(first.jsonPath().getList("slug")).hasSize(20);
        assertThat(first.header("X-Total-Count")).isEqualTo("89");
        assertThat(first.header("Link")).contains("page=2&size=20>; rel=\"next\"").contains("page=5&size=20>; rel=\"last\"")
                .doesNotContain("rel=\"prev\"");
        Response last = given().get("/api/measures?size=20&page=5").then().statusCode(200).extract().response();
        assertThat(last.jsonPath().getList("slug")).hasSize(9);
        assertThat(last.header("Link")).contains("page=4&size=20>; rel=\"prev\"").doesNotContain("rel=\"next\"");
        List<String> all = given().get("/api/measures").then().statusCode(200).extract().path("slug");
        assertThat(all).hasSize(89).doesNotHaveDuplicates();
        List<String> paged = new java.util.ArrayList<>();
        for (int p = 1; p <= 5; p++) {
            paged.addAll(given().get("/api/measures?size=20&page=" + p).then().extract().path("slug"));
        }
        assertThat(paged).isEqualTo(all);
        assertThat(given().get("/api/measures?page=99").then().statusCode(200).extract().jsonPath().getList("$")).isEmpty();
    }

    @Test
    void filtersKeepTheirPlaceInThePageLinks() {
        Response r = given().get("/api/measures?region=MA&size=2").then().statusCode(200).extract().response();
        assertThat(r.header("Link")).contains("region=MA").contains("rel=\"next\"");
        assertThat(r.jsonPath().getList("region")).containsOnly("MA");
    }

    @Test
    void badPageOrSizeIsA400NamingIt() {
        given().get("/api/measures?size=501").then().statusCode(400).body("message", containsString("'size'"));
        given().get("/api/measures?size=0").then().statusCode(400);
        given().get("/api/measures?page=0").then().statusCode(400).body("message", containsString("'page'"));
        given().get("/api/measures?page=two").then().statusCode(400);
        given().get("/api/jurisdictions?size=9999").then().statusCode(400);
        given().get("/?page=-1").then().statusCode(400);
    }

    @Test
    void theJurisdictionListPagesToo() {
        Response r = given().get("/api/jurisdictions?size=3").then().statusCode(200).extract().response();
        assertThat(r.jsonPath().getList("slug")).hasSize(3);
        long total = Long.parseLong(r.header("X-Total-Count"));
        assertThat(total).isGreaterThan(3);
        assertThat(r.header("Link")).contains("rel=\"next\"");
    }

    @Test
    void theDashboardShowsFiftyMeasuresAPageWithLinksOnward() {
        try {
            GrowData.add(em, 0, 50, "somerville-ma", "somerville-ma-ban-2019");
            Document one = page("/?region=KS");
            assertThat(one.select("table.measures tbody tr")).hasSize(50);
            assertThat(one.select("h2").text()).contains("150 measures matching");
            assertThat(one.select("nav.pager a[rel=next]").attr("href")).isEqualTo("/?region=KS&page=2");
            assertThat(one.select("nav.pager a[rel=prev]")).isEmpty();
            Document three = page("/?region=KS&page=3");
            assertThat(three.select("table.measures tbody tr")).hasSize(50);
            assertThat(three.select("nav.pager a[rel=prev]").attr("href")).isEqualTo("/?region=KS&page=2");
            assertThat(three.select("nav.pager a[rel=next]")).isEmpty();
            assertThat(three.select("nav.pager").text()).contains("Page 3 of 3");
            assertThat(page("/?region=KS&page=4").select("table.measures tbody tr")).isEmpty();
        } finally {
            GrowData.remove(em);
        }
    }

    private static Document page(String path) {
        return Jsoup.parse(given().get(path).then().statusCode(200).extract().asString());
    }
}
