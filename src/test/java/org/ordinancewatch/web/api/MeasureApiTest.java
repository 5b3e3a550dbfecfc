package org.ordinancewatch.web.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.ordinancewatch.testing.Fixtures;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class MeasureApiTest {

    @Test
    void listsAllEightyNineMeasures() {
        given().get("/api/measures").then().statusCode(200).contentType(ContentType.JSON).body("$", hasSize(89));
    }

    /** The researched CSV in ../shared/data is the reference: statuses and dates must come through unchanged. */
    @Test
    void statusesAndDatesMatchTheResearchedCsv() throws IOException {
        JsonPath json = given().get("/api/measures").then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> measures = json.getList("$");
        List<CSVRecord> rows = researched();
        assertThat(rows).hasSize(24);
        for (CSVRecord row : rows) {
            List<Map<String, Object>> match = measures.stream()
                    .filter(m -> m.get("title").equals(row.get("short_title"))
                            && ((String) m.get("jurisdictionName")).startsWith(row.get("jurisdiction")))
                    .toList();
            assertThat(match).as(row.get("jurisdiction") + ": " + row.get("short_title")).hasSize(1);
            Map<String, Object> m = match.get(0);
            assertThat(m.get("status")).as("status of " + row.get("short_title")).isEqualTo(row.get("status"));
            assertThat(m.get("kind")).isEqualTo(row.get("kind"));
            assertThat(m.get("decidedOn")).isEqualTo(blankToNull(row.get("decided_on")));
            assertThat(m.get("effectiveOn")).isEqualTo(blankToNull(row.get("effective_on")));
            assertThat(m.get("sunsetOn")).isEqualTo(blankToNull(row.get("sunset_on")));
            assertThat(m.get("region")).isEqualTo(row.get("region"));
            assertThat(m.get("identifier")).as("identifier of " + row.get("short_title"))
                    .isEqualTo(blankToNull(row.get("identifier")));
            assertThat(m.get("vote")).as("vote of " + row.get("short_title")).isEqualTo(blankToNull(row.get("vote")));
            assertThat(m.get("scope")).as("scope of " + row.get("short_title")).isEqualTo(blankToNull(row.get("scope")));
            assertThat((List<?>) m.get("sources")).isNotEmpty();
            JsonPath jurisdiction = given().get("/api/jurisdictions/" + m.get("jurisdiction")).then().statusCode(200)
                    .extract().jsonPath();
            assertThat(jurisdiction.getString("level")).as("level of " + row.get("jurisdiction")).isEqualTo(row.get("level"));
            assertThat(jurisdiction.getString("country")).isEqualTo(row.get("country"));
        }
    }

    @Test
    void monthPrecisionDatesStayMonths() {
        given().get("/api/measures?jurisdiction=berkeley-ca").then().statusCode(200)
                .body("[0].decidedOn", equalTo("2019-10"));
    }

    @Test
    void unknownDatesAreNull() {
        given().get("/api/measures/new-york-state-ban-bill").then().statusCode(200)
                .body("decidedOn", nullValue()).body("effectiveOn", nullValue()).body("sunsetOn", nullValue());
    }

    @Test
    void sourcesCarryUrlAndLabel() {
        given().get("/api/measures/oakland-ca-ban-2019").then().statusCode(200)
                .body("sources.url", equalTo(java.util.Arrays.asList(
                        "https://www.cnet.com/news/facial-recognition-banned-in-another-city/",
                        "https://theverge.com/2019/7/17/20697821/oakland-facial-recogntiion-ban-vote-governement-california",
                        "https://docslib.org/doc/2562490/2020-2021-overview", null, null)))
                .body("sources.label[3]", equalTo("oakland.legistar.com"))
                .body("sources.label[4]", equalTo("ACLU of Northern California"))
                .body("sources.official", everyItem(equalTo(false)));
        given().get("/api/measures/madison-wi-ban-2020").then().statusCode(200)
                .body("sources[0].official", equalTo(true))
                .body("sources[0].url", startsWith("https://madison.legistar.com/LegislationDetail.aspx"));
    }

    @Test
    void filtersByStatus() {
        given().get("/api/measures?status=expired").then().statusCode(200).body("$", hasSize(6))
                .body("jurisdiction", equalTo(List.of("baltimore-md", "california", "italy", "italy", "morocco",
                        "new-york-state")));
    }

    @Test
    void filtersByKind() {
        given().get("/api/measures?kind=moratorium").then().statusCode(200).body("$", hasSize(15))
                .body("kind", everyItem(equalTo("moratorium")));
    }

    @Test
    void filtersByRegionCaseInsensitively() {
        given().get("/api/measures?region=ma").then().statusCode(200).body("$", hasSize(14))
                .body("region", everyItem(equalTo("MA")));
    }

    @Test
    void combinesFilters() {
        given().get("/api/measures?region=CA&status=in_force").then().statusCode(200)
                .body("jurisdiction", equalTo(List.of("berkeley-ca", "davis-ca", "oakland-ca", "oakland-ca",
                        "san-francisco-ca", "santa-clara-county-ca", "santa-cruz-ca")));
    }

    @Test
    void unknownJurisdictionFilterGivesEmptyList() {
        given().get("/api/measures?jurisdiction=atlantis").then().statusCode(200).body("$", hasSize(0));
    }

    @Test
    void malformedRegionIs400WithJsonError() {
        given().queryParam("region", "M A'").get("/api/measures").then().statusCode(400).contentType(ContentType.JSON)
                .body("message", containsString("malformed region 'M A''"));
    }

    @Test
    void malformedJurisdictionIs400WithJsonError() {
        given().get("/api/measures?jurisdiction=../etc").then().statusCode(400).contentType(ContentType.JSON)
                .body("message", containsString("malformed jurisdiction '../etc'"));
    }

    @Test
    void badStatusIs400WithJsonError() {
        given().get("/api/measures?status=banned").then().statusCode(400).contentType(ContentType.JSON)
                .body("status", equalTo(400)).body("message", containsString("unknown status 'banned'"))
                .body(not(containsString("Exception")));
    }

    @Test
    void badKindIs400WithJsonError() {
        given().get("/api/measures?kind=treaty").then().statusCode(400).contentType(ContentType.JSON)
                .body("message", containsString("unknown kind 'treaty'"));
    }

    @Test
    void singleMeasureHasHistory() {
        int id = given().get("/api/measures?jurisdiction=baltimore-md").then().extract().path("[0].id");
        given().get("/api/measures/" + id).then().statusCode(200)
                .body("slug", equalTo("baltimore-md-moratorium-2021"))
                .body("history.to", equalTo(List.of("passed", "in_force", "expired")))
                .body("history.occurredOn", equalTo(List.of("2021-06-14", "2021-08-09", "2022-12-31")))
                .body("history[0].from", nullValue())
                .body("history[1].from", equalTo("passed"))
                .body("history[0].reason", containsString("(decided_on)"))
                .body("history[1].reason", containsString("(effective_on)"))
                .body("history[2].reason", containsString("curator:config/measures.csv line"))
                .body("history[2].sourceUrl", equalTo("https://codes.baltimorecity.gov/us/md/cities/baltimore/code/19/18-1"));
    }

    @Test
    void aMeasureKnownOnlyByItsStatusHasOneHistoryEntry() {
        given().get("/api/measures/new-york-state-ban-bill").then().statusCode(200)
                .body("history", hasSize(1)).body("history[0].to", equalTo("pending"))
                .body("history[0].occurredOn", nullValue());
    }

    @Test
    void singleMeasureBySlug() {
        given().get("/api/measures/virginia-ban-2021").then().statusCode(200).body("status", equalTo("repealed"))
                .body("statusOn", equalTo("2022-04-27")).body("notes", containsString("2022-04-11"));
    }

    @Test
    void listOmitsHistory() {
        given().get("/api/measures").then().statusCode(200).body("history", everyItem(nullValue()));
    }

    @Test
    void unknownMeasureIs404Json() {
        given().get("/api/measures/987654").then().statusCode(404).contentType(ContentType.JSON)
                .body("status", equalTo(404)).body("message", containsString("987654"));
    }

    @Test
    void jurisdictionsListed() {
        given().get("/api/jurisdictions").then().statusCode(200).body("$", hasSize(70))
                .body("slug", hasItem("king-county-wa"));
    }

    @Test
    void jurisdictionHasCoordinatesAndMeasures() {
        given().get("/api/jurisdictions/king-county-wa").then().statusCode(200)
                .body("name", equalTo("King County")).body("level", equalTo("county"))
                .body("region", equalTo("WA")).body("country", equalTo("US"))
                .body("latitude", equalTo(47.49f)).body("longitude", equalTo(-121.834f))
                .body("measures", hasSize(1)).body("measures[0].status", equalTo("in_force"));
    }

    @Test
    void unknownJurisdictionIs404Json() {
        given().get("/api/jurisdictions/atlantis").then().statusCode(404).contentType(ContentType.JSON)
                .body("message", containsString("atlantis"));
    }

    private static List<CSVRecord> researched() throws IOException {
        Path csv = Fixtures.researchData("frt-measures.csv");
        try (Reader in = Files.newBufferedReader(csv)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(in).getRecords();
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
