package org.ordinancewatch.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ExportTest {

    private static final String BASE = "https://ow.test.example";

    private static List<CSVRecord> csv(String path) throws Exception {
        String body = given().get(path).then().statusCode(200).contentType("text/csv")
                .header("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment;")).extract().asString();
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build()
                .parse(new StringReader(body)).getRecords();
    }

    @Test
    void theMeasuresCsvHasEveryMeasureTheApiHasWithAbsoluteLinks() throws Exception {
        List<String> slugs = given().get("/api/measures").then().extract().path("slug");
        List<CSVRecord> rows = csv("/export/measures.csv");
        assertThat(rows.stream().map(r -> r.get("slug")).toList()).containsExactlyInAnyOrderElementsOf(slugs);
        CSVRecord sf = rows.stream().filter(r -> r.get("slug").equals("san-francisco-ca-ban-2019")).findFirst().orElseThrow();
        assertThat(sf.get("status")).isEqualTo("in_force");
        assertThat(sf.get("decided_on")).isEqualTo("2019-05-14");
        assertThat(sf.get("url")).isEqualTo(BASE + "/m/san-francisco-ca-ban-2019");
        assertThat(sf.get("sources")).contains("sfbos.org");
    }

    @Test
    void theMeasuresCsvTakesTheListFilters() throws Exception {
        assertThat(csv("/export/measures.csv?status=expired").stream().map(r -> r.get("jurisdiction")))
                .containsExactlyInAnyOrder("baltimore-md", "california", "italy", "italy", "morocco", "new-york-state");
        given().get("/export/measures.csv?status=banned").then().statusCode(400);
    }

    @Test
    void theMeasuresJsonMatchesTheApiWithAbsoluteUrls() {
        List<Map<String, Object>> api = given().get("/api/measures").then().extract().path("$");
        List<Map<String, Object>> export = given().get("/export/measures.json").then().statusCode(200)
                .contentType("application/json").extract().path("$");
        assertThat(export).hasSameSizeAs(api);
        Map<String, Object> one = export.stream().filter(m -> m.get("slug").equals("somerville-ma-ban-2019")).findFirst()
                .orElseThrow();
        assertThat(one.get("url")).isEqualTo(BASE + "/m/somerville-ma-ban-2019");
        assertThat(one.get("decidedOn")).isEqualTo("2019-06-27");
        assertThat((List<?>) one.get("sources")).isNotEmpty();
    }

    @Test
    void theStatusChangeCsvHasEveryChangeOfAMeasure() throws Exception {
        List<Map<String, Object>> history = given().get("/api/measures/boston-ma-ban-2020").then().extract().path("history");
        List<CSVRecord> rows = csv("/export/status-changes.csv").stream()
                .filter(r -> r.get("measure").equals("boston-ma-ban-2020")).toList();
        assertThat(rows).hasSameSizeAs(history);
        assertThat(rows.stream().map(r -> r.get("to_status")).toList())
                .containsExactlyInAnyOrderElementsOf(history.stream().map(h -> (String) h.get("to")).toList());
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.get("url")).isEqualTo(BASE + "/m/boston-ma-ban-2020");
            assertThat(r.get("recorded_at")).isNotBlank();
            assertThat(r.get("reason")).isNotBlank();
        });
    }

    @Test
    void aFormulaInACellIsDefused() {
        assertThat(ExportResource.cell("=HYPERLINK(\"x\")")).isEqualTo("'=HYPERLINK(\"x\")");
        assertThat(ExportResource.cell("Face ban")).isEqualTo("Face ban");
    }
}
