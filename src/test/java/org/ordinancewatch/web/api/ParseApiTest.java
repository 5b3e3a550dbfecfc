package org.ordinancewatch.web.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.io.IOException;
import java.nio.file.Files;

import org.ordinancewatch.testing.Accounts;
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
        Accounts.asCurator().contentType("text/html").body(page)
                .post("/api/parse?platform=legistar-calendar&url=https://legistar.council.nyc.gov/Calendar.aspx&jurisdiction=new-york-city-ny")
                .then().statusCode(200).contentType(ContentType.JSON)
                .body("platform", equalTo("legistar-calendar"))
                .body("meetings", hasSize(100))
                .body("meetings[0].body", equalTo("Committee on Higher Education"))
                .body("meetings[0].start", equalTo("2014-06-12T10:00-04:00"))
                .body("meetings[0].status", equalTo("held"));
        given().get("/api/measures").then().body("$", hasSize(89));
    }

    @Test
    void marksFrtItemsWithTheirMatchedTerms() throws IOException {
        Accounts.asCurator().contentType("text/html").body(own("legistar/MeetingDetail_city_council.html"))
                .post("/api/parse?platform=legistar-meeting-detail&url=https://pittsburgh.legistar.com/MeetingDetail.aspx%3FID%3D1402201&zone=America/New_York")
                .then().statusCode(200)
                .body("meetings", hasSize(1))
                .body("meetings[0].items.find { it.file == 'O2026-0142' }.relevant", equalTo(true))
                .body("meetings[0].items.find { it.file == 'O2026-0142' }.matchedTerms", hasItem("face surveillance"))
                .body("meetings[0].items.findAll { it.relevant == false }.size()", org.hamcrest.Matchers.greaterThan(0));
    }

    @Test
    void infersTheStatusOfAMeasureFromItsHistory() throws IOException {
        Accounts.asCurator().contentType("text/html").body(own("legistar/LegislationDetail_face_surveillance.html"))
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
        Accounts.asCurator().contentType("application/json").body(own("legistar/api_eventitems.json"))
                .post("/api/parse?platform=legistar-api-eventitems&url=https://webapi.legistar.com/v1/pittsburgh/events/4412/eventitems")
                .then().statusCode(200)
                .body("meetings", hasSize(1))
                .body("meetings[0].body", nullValue())
                .body("meetings[0].start", nullValue());
    }

    private static byte[] shared(String path) throws IOException {
        return Files.readAllBytes(Fixtures.shared(path));
    }

    @Test
    void parsesARealIqm2MeetingPageWithItsOutline() throws IOException {
        // Creve Coeur MO, Planning and Zoning Commission of January 7, 2019: 23 outline rows, four legislative files
        Accounts.asCurator().contentType("text/html").body(shared("iqm2/stl-public-meetings__city-scrapers-stl/tests__files__cc_planning.html"))
                .queryParam("platform", "iqm2-meeting")
                .queryParam("url", "https://crevecoeurcitymo.iqm2.com/Citizens/Detail_Meeting.aspx?ID=5059")
                .queryParam("zone", "America/Chicago")
                .queryParam("lookback-days", "36500") // a 2019 page: no window warning
                .post("/api/parse")
                .then().statusCode(200).contentType(ContentType.JSON)
                .body("platform", equalTo("iqm2-meeting"))
                .body("meetings", hasSize(1))
                .body("meetings[0].sourceId", equalTo("5059"))
                .body("meetings[0].body", equalTo("Planning and Zoning Commission"))
                .body("meetings[0].title", equalTo("Regular Meeting"))
                .body("meetings[0].start", equalTo("2019-01-07T18:30-06:00"))
                .body("meetings[0].status", equalTo("held"))
                .body("meetings[0].location", startsWith("City Council Chamber, 300 North New Ballas Rd"))
                .body("meetings[0].links[0].label", equalTo("Agenda"))
                .body("meetings[0].links[0].url", equalTo("https://crevecoeurcitymo.iqm2.com/Citizens/FileOpen.aspx?Type=14&ID=1938&Inline=True"))
                .body("meetings[0].items", hasSize(23))
                .body("meetings[0].items[0].number", equalTo("1"))
                .body("meetings[0].items[0].title", equalTo("CALL TO ORDER"))
                .body("meetings[0].items[0].relevant", equalTo(false))
                .body("meetings[0].items.find { it.number == '7.1' }.file", equalTo("3262"))
                .body("meetings[0].items.find { it.number == '7.1' }.matchedTerms", hasSize(0))
                .body("measures", hasSize(0))
                .body("follow", hasSize(5))
                .body("follow[0]", equalTo("https://crevecoeurcitymo.iqm2.com/Citizens/FileOpen.aspx?Type=14&ID=1938&Inline=True"))
                .body("warnings", hasSize(0));
    }

    @Test
    void parsesARealAgendaCenterInItsJurisdictionsZone() throws IOException {
        // Avenal CA's listing: 24 agenda rows; the jurisdiction gives the zone (America/Los_Angeles)
        Accounts.asCurator().contentType("text/html; charset=utf-8")
                .body(shared("civicplus_agendacenter/City-Bureau__city-scrapers-fresno/tests__files__avenal_city_council.html"))
                .post("/api/parse?platform=civicplus-agendacenter&url=https://www.cityofavenal.com/AgendaCenter&jurisdiction=avenal-ca&lookback-days=36500")
                .then().statusCode(200).contentType(ContentType.JSON)
                .body("platform", equalTo("civicplus-agendacenter"))
                .body("meetings", hasSize(24))
                .body("meetings[0].sourceId", equalTo("385"))
                .body("meetings[0].body", equalTo("City Council/Successor Agency/Public Finance Authority"))
                .body("meetings[0].start", equalTo("2022-08-11T00:00-07:00"))
                .body("meetings[0].status", equalTo("held"))
                .body("meetings[0].links[0].url", equalTo("https://www.cityofavenal.com/AgendaCenter/ViewFile/Agenda/_08112022-385"))
                .body("meetings.find { it.sourceId == '373' }.body", equalTo("Planning Commission"))
                .body("meetings.find { it.sourceId == '373' }.status", equalTo("cancelled"))
                .body("meetings.find { it.sourceId == '373' }.start", equalTo("2022-04-04T00:00-07:00"))
                .body("follow", hasSize(24))
                .body("follow", hasItem("https://www.cityofavenal.com/AgendaCenter/ViewFile/Agenda/_08112022-385"))
                .body("warnings", hasSize(0));
        given().get("/api/measures").then().body("$", hasSize(89));
    }

    @Test
    void unparseableInputIs422() {
        Accounts.asCurator().contentType("text/html").body("<html><body><p>Not a calendar</p></body></html>")
                .post("/api/parse?platform=legistar-calendar&url=https://x.legistar.com/Calendar.aspx")
                .then().statusCode(422).contentType(ContentType.JSON).body("message", containsString("cannot parse"));
    }

    @Test
    void unknownPlatformIs400() {
        Accounts.asCurator().contentType("text/html").body("<html></html>")
                .post("/api/parse?platform=myspace&url=https://x.example/")
                .then().statusCode(400).body("message", containsString("legistar-calendar"));
    }

    @Test
    void missingUrlIs400() {
        Accounts.asCurator().contentType("text/html").body("<html></html>").post("/api/parse?platform=legistar-calendar")
                .then().statusCode(400).body("message", containsString("url is required"));
    }

    @Test
    void oversizedBodyIs413() {
        byte[] big = new byte[10 * 1024 * 1024 + 1];
        Accounts.asCurator().contentType("text/html").body(big)
                .post("/api/parse?platform=legistar-calendar&url=https://x.legistar.com/Calendar.aspx")
                .then().statusCode(413);
    }
}
