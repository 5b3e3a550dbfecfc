package org.ordinancewatch.web.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ExportAndSourcesApiTest {

    private static List<CSVRecord> csv(String query) throws IOException {
        String body = given().get("/api/measures.csv" + query).then().statusCode(200)
                .contentType("text/csv").header("Content-Disposition", org.hamcrest.Matchers.containsString("attachment"))
                .extract().asString();
        return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build()
                .parse(new StringReader(body)).getRecords();
    }

    @Test
    void exportsEveryMeasureAsCsv() throws IOException {
        assertThat(csv("")).hasSize(89);
    }

    @Test
    void exportKeepsMonthPrecisionAndSources() throws IOException {
        CSVRecord berkeley = csv("?jurisdiction=berkeley-ca").get(0);
        assertThat(berkeley.get("decided_on")).isEqualTo("2019-10");
        assertThat(berkeley.get("status")).isEqualTo("in_force");
        CSVRecord oakland = csv("?jurisdiction=oakland-ca").get(0);
        assertThat(oakland.get("sources")).isEqualTo(
                "CNET 2019-07-17 (first vote; final vote 2019-09-17) <https://www.cnet.com/news/facial-recognition-banned-in-another-city/>"
                + " | The Verge 2019-07-17 (unanimous first vote) <https://theverge.com/2019/7/17/20697821/oakland-facial-recogntiion-ban-vote-governement-california>"
                + " | ACLU NorCal letter 2019-07-16 on Item 7.7 (copy on docslib) <https://docslib.org/doc/2562490/2020-2021-overview>"
                + " | oakland.legistar.com | ACLU of Northern California");
        CSVRecord madison = csv("?jurisdiction=madison-wi").get(0);
        assertThat(madison.get("sources")).startsWith("[official] Legistar File 62413");
    }

    @Test
    void exportHonoursFilters() throws IOException {
        assertThat(csv("?status=expired")).extracting(r -> r.get("jurisdiction")).containsExactly("baltimore-md", "california", "italy",
                "italy", "morocco", "new-york-state");
    }

    @Test
    void exportRejectsBadFilters() {
        given().get("/api/measures.csv?kind=treaty").then().statusCode(400);
    }

    @Test
    void sourcesApiListsDefinitions() {
        given().get("/api/sources").then().statusCode(200).body("name", hasItem("new-york-city-ny"))
                .body("find { it.name == 'baltimore-md' }.platform", org.hamcrest.Matchers.equalTo("legistar-api"));
    }
}
