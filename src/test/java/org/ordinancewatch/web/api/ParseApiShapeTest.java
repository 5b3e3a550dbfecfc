package org.ordinancewatch.web.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.ordinancewatch.testing.Accounts;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.ordinancewatch.testing.Fixtures;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** The dry-run answer has the documented shape for every Legistar platform name, and stores nothing. */
@QuarkusTest
class ParseApiShapeTest {

    private static final String OCD = "legistar_web_ui/opencivicdata__python-legistar-scraper/tests__fixtures__";
    private static final String API = "legistar_webapi_json/";

    private static final List<String> MEETING_KEYS = List.of("body", "title", "start", "status", "url", "items");
    private static final List<String> ITEM_KEYS = List.of("number", "file", "title", "relevant", "matchedTerms");
    private static final List<String> MEASURE_KEYS = List.of("identifier", "title", "type", "status", "statusText",
            "url", "history");
    private static final List<String> HISTORY_KEYS = List.of("date", "action", "result");

    @Inject
    EntityManager em;

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "legistar-calendar, shared, " + OCD + "legistar.council.nyc.gov__Calendar.html, https://legistar.council.nyc.gov/Calendar.aspx, 100, 0",
            "legistar-legislation, shared, " + OCD + "nyc__bills.html, https://nyc.legistar.com/Legislation.aspx, 0, -1",
            "legistar-legislation-detail, own, legistar/LegislationDetail_face_surveillance.html, https://pittsburgh.legistar.com/LegislationDetail.aspx?ID=7012345, 0, 1",
            "legistar-meeting-detail, own, legistar/MeetingDetail_city_council.html, https://pittsburgh.legistar.com/MeetingDetail.aspx?ID=1402201, 1, 0",
            "legistar-api-events, shared, " + API + "City-Bureau__city-scrapers-charnc/tests__files__charnc_meck_boc_legistar.json, https://webapi.legistar.com/v1/mecklenburg/events, -1, 0",
            "legistar-api-eventitems, own, legistar/api_eventitems.json, https://webapi.legistar.com/v1/pittsburgh/events/4412/eventitems, 1, 0",
            "legistar-api-matters, own, legistar/api_matters.json, https://webapi.legistar.com/v1/pittsburgh/matters, 0, -1",
            "legistar-api-histories, shared, " + API + "opencivicdata__python-legistar-scraper/tests__fixtures__chicago__dupe_event.json, https://webapi.legistar.com/v1/chicago/matters/1/histories, 0, 1",
    })
    void everyLegistarPlatformAnswersInTheDocumentedShape(String platform, String corpus, String file, String url,
            int meetings, int measures) throws IOException {
        Path path = corpus.equals("own") ? Fixtures.own(file) : Fixtures.shared(file);
        JsonPath json = Accounts.asCurator().contentType(file.endsWith(".json") ? "application/json" : "text/html")
                .body(Files.readAllBytes(path)).queryParam("platform", platform).queryParam("url", url)
                .queryParam("zone", "America/New_York")
                .post("/api/parse").then().statusCode(200).extract().jsonPath();
        assertThat(json.getString("platform")).isEqualTo(platform);
        List<Map<String, Object>> meetingList = json.getList("meetings");
        List<Map<String, Object>> measureList = json.getList("measures");
        assertSize(meetingList, meetings, platform + " meetings");
        assertSize(measureList, measures, platform + " measures");
        assertThat(meetingList.size() + measureList.size()).as(platform + " found something").isPositive();
        for (Map<String, Object> meeting : meetingList) {
            assertThat(meeting).containsKeys(MEETING_KEYS.toArray(String[]::new));
            for (Map<String, Object> item : items(meeting)) {
                assertThat(item).containsKeys(ITEM_KEYS.toArray(String[]::new));
            }
        }
        for (Map<String, Object> measure : measureList) {
            assertThat(measure).containsKeys(MEASURE_KEYS.toArray(String[]::new));
            for (Map<String, Object> entry : history(measure)) {
                assertThat(entry).containsKeys(HISTORY_KEYS.toArray(String[]::new));
            }
        }
    }

    @Test
    void itemsWithoutTheirMeetingComeInOneMeetingWhoseOtherFieldsAreNull() throws IOException {
        JsonPath json = Accounts.asCurator().contentType("application/json")
                .body(Files.readAllBytes(Fixtures.own("legistar/api_eventitems.json")))
                .post("/api/parse?platform=legistar-api-eventitems&url=https://webapi.legistar.com/v1/pittsburgh/events/4412/eventitems")
                .then().statusCode(200).extract().jsonPath();
        Map<String, Object> meeting = json.getMap("meetings[0]");
        for (String key : List.of("body", "title", "start", "status", "url")) {
            assertThat(meeting).as(key).containsEntry(key, null);
        }
        assertThat(items(meeting)).isNotEmpty().allSatisfy(i -> assertThat(i.get("title")).isNotNull());
    }

    @Test
    void aDryRunStoresNothing() throws IOException {
        Map<String, Long> before = rowCounts();
        for (String[] page : new String[][] {
                { "legistar-meeting-detail", "legistar/MeetingDetail_city_council.html", "https://pittsburgh.legistar.com/MeetingDetail.aspx?ID=1402201" },
                { "legistar-legislation-detail", "legistar/LegislationDetail_face_surveillance.html", "https://pittsburgh.legistar.com/LegislationDetail.aspx?ID=7012345" } }) {
            Accounts.asCurator().contentType("text/html").body(Files.readAllBytes(Fixtures.own(page[1])))
                    .queryParam("platform", page[0]).queryParam("url", page[2]).queryParam("jurisdiction", "pittsburgh-pa")
                    .post("/api/parse").then().statusCode(200);
        }
        assertThat(rowCounts()).isEqualTo(before);
    }

    private Map<String, Long> rowCounts() {
        return QuarkusTransaction.requiringNew().call(() -> Map.of(
                "snapshot", count("Snapshot"), "meeting", count("Meeting"), "agendaItem", count("AgendaItem"),
                "measure", count("Measure"), "statusChange", count("StatusChange"), "sourceHealth", count("SourceHealth")));
    }

    private long count(String entity) {
        return em.createQuery("select count(e) from " + entity + " e", Long.class).getSingleResult();
    }

    private static void assertSize(List<?> list, int expected, String what) {
        if (expected >= 0) {
            assertThat(list).as(what).hasSize(expected);
        } else {
            assertThat(list).as(what).isNotEmpty();
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> items(Map<String, Object> meeting) {
        return (List<Map<String, Object>>) meeting.get("items");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> history(Map<String, Object> measure) {
        return (List<Map<String, Object>>) measure.get("history");
    }
}
