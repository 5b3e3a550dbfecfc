package org.ordinancewatch.web.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.io.IOException;
import java.nio.file.Files;

import org.junit.jupiter.api.Test;
import org.ordinancewatch.testing.Fixtures;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class ParseApiTest {

    private static byte[] own(String path) throws IOException {
        return Files.readAllBytes(Fixtures.own(path));
    }

    @Test
    void parsesARealCalendarWithoutStoringIt() throws IOException {
        byte[] page = Files.readAllBytes(Fixtures.shared(
                "legistar_web_ui/opencivicdata__python-legistar-scraper/tests__fixtures__legistar.council.nyc.gov__Calendar.html"));
        given().contentType("text/html").body(page)
                .post("/api/parse?platform=legistar-calendar&url=https://legistar.council.nyc.gov/Calendar.aspx&jurisdiction=new-york-city-ny")
                .then().statusCode(200).contentType(ContentType.JSON)
                .body("platform", equalTo("legistar-calendar"))
                .body("meetings", hasSize(100))
                .body("meetings[0].body", equalTo("Committee on Higher Education"))
                .body("meetings[0].start", equalTo("2014-06-12T10:00-04:00"))
                .body("meetings[0].status", equalTo("held"));
        given().get("/api/measures").then().body("$", hasSize(24));
    }

    @Test
    void marksFrtItemsWithTheirMatchedTerms() throws IOException {
        given().contentType("text/html").body(own("legistar/MeetingDetail_city_council.html"))
                .post("/api/parse?platform=legistar-meeting-detail&url=https://pittsburgh.legistar.com/MeetingDetail.aspx%3FID%3D1402201&zone=America/New_York")
                .then().statusCode(200)
                .body("meetings", hasSize(1))
                .body("meetings[0].items.find { it.file == 'O2026-0142' }.relevant", equalTo(true))
                .body("meetings[0].items.find { it.file == 'O2026-0142' }.matchedTerms", hasItem("face surveillance"))
                .body("meetings[0].items.findAll { it.relevant == false }.size()", org.hamcrest.Matchers.greaterThan(0));
    }

    @Test
    void infersTheStatusOfAMeasureFromItsHistory() throws IOException {
        given().contentType("text/html").body(own("legistar/LegislationDetail_face_surveillance.html"))
                .post("/api/parse?platform=legistar-legislation-detail&url=https://pittsburgh.legistar.com/LegislationDetail.aspx")
                .then().statusCode(200)
                .body("measures", hasSize(1))
                .body("measures[0].identifier", equalTo("O2026-0142"))
                .body("measures[0].status", equalTo("in_force"))
                .body("measures[0].statusText", equalTo("Passed"))
                .body("measures[0].history[0].action", equalTo("Introduced"))
                .body("measures[0].history[-1].action", equalTo("Signed by Mayor"));
    }

    @Test
    void itemsWithoutTheirMeetingComeInOneMeetingWithNullFields() throws IOException {
        given().contentType("application/json").body(own("legistar/api_eventitems.json"))
                .post("/api/parse?platform=legistar-api-eventitems&url=https://webapi.legistar.com/v1/pittsburgh/events/4412/eventitems")
                .then().statusCode(200)
                .body("meetings", hasSize(1))
                .body("meetings[0].body", nullValue())
                .body("meetings[0].start", nullValue());
    }

    @Test
    void unparseableInputIs422() {
        given().contentType("text/html").body("<html><body><p>Not a calendar</p></body></html>")
                .post("/api/parse?platform=legistar-calendar&url=https://x.legistar.com/Calendar.aspx")
                .then().statusCode(422).contentType(ContentType.JSON).body("message", containsString("cannot parse"));
    }

    @Test
    void unknownPlatformIs400() {
        given().contentType("text/html").body("<html></html>")
                .post("/api/parse?platform=myspace&url=https://x.example/")
                .then().statusCode(400).body("message", containsString("legistar-calendar"));
    }

    @Test
    void missingUrlIs400() {
        given().contentType("text/html").body("<html></html>").post("/api/parse?platform=legistar-calendar")
                .then().statusCode(400).body("message", containsString("url is required"));
    }

    @Test
    void oversizedBodyIs413() {
        byte[] big = new byte[10 * 1024 * 1024 + 1];
        given().contentType("text/html").body(big)
                .post("/api/parse?platform=legistar-calendar&url=https://x.legistar.com/Calendar.aspx")
                .then().statusCode(413);
    }
}
