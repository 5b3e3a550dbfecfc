package org.ordinancewatch.parse.civicclerk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ordinancewatch.testing.AdapterTesting.context;
import static org.ordinancewatch.testing.AdapterTesting.edited;
import static org.ordinancewatch.testing.AdapterTesting.meeting;
import static org.ordinancewatch.testing.AdapterTesting.parse;
import static org.ordinancewatch.testing.AdapterTesting.truncated;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ordinancewatch.parse.Page;
import org.ordinancewatch.parse.ParseException;
import org.ordinancewatch.parse.ParseResult;
import org.ordinancewatch.record.Link;
import org.ordinancewatch.record.ScrapedMeetingStatus;
import org.ordinancewatch.testing.Fixtures;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

class CivicClerkApiAdapterTest {

    private static final String ATL = "civicclerk/City-Bureau__city-scrapers-atl/tests__files__";
    private static final String KC = "civicclerk/City-Bureau__city-scrapers-kancit/tests__files__";
    private static final String FOREST_PARK_URL = "https://forestparkga.api.civicclerk.com/v1/Events";
    private static final String WYCO_URL = "https://wycokck.api.civicclerk.com/v1/Events";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final CivicClerkApiAdapter adapter = new CivicClerkApiAdapter();

    private static Page page(String fixture, String url) {
        return Fixtures.page(Fixtures.shared(fixture), url, "application/json");
    }

    private ParseResult forestPark() {
        return parse(adapter, page(ATL + "forestpark_city_council.json", FOREST_PARK_URL), context("America/New_York"));
    }

    private ParseResult wyco() {
        return parse(adapter, page(KC + "colgo_wycokck_bocc.json", WYCO_URL), context("America/Chicago"));
    }

    @Test
    void nameIsCivicClerkApi() {
        assertThat(adapter.name()).isEqualTo("civicclerk-api");
    }

    @ParameterizedTest
    @CsvSource({
            ATL + "atl_south_fulton_city_council_meetings.json,16,0",
            ATL + "forestpark_city_council.json,4,1",
            KC + "colgo_wycokck_bocc.json,3,0",
            KC + "kancit_board_commissioners.json,7,0",
            KC + "kancit_full_commission.json,3,0" })
    void readsEveryEvent(String fixture, int expected, long cancelled) {
        ParseResult result = parse(adapter, page(fixture, WYCO_URL), context("America/Chicago"));
        assertThat(result.meetings()).hasSize(expected);
        assertThat(result.meetings().stream().filter(m -> m.status() == ScrapedMeetingStatus.CANCELLED).count())
                .isEqualTo(cancelled);
    }

    @Test
    void deletedEventIsSkippedWithAWarning() {
        assertThat(forestPark().warnings()).containsExactly("event 573 is marked deleted; skipped");
    }

    @Test
    void bodyIsTheCategory() {
        assertThat(meeting(forestPark(), "569").body()).isEqualTo("City Council");
    }

    @Test
    void titleIsTheEventName() {
        assertThat(meeting(forestPark(), "569").title()).isEqualTo("City Council Work Session");
    }

    @Test
    void bodyIsTheEventNameWithoutACategory() {
        assertThat(meeting(wyco(), "3570").body()).isEqualTo("Board of Commissioners Special Meeting");
    }

    @Test
    void startIsTheWallClockTimeInTheSourceZone() {
        assertThat(meeting(forestPark(), "569").start()).isEqualTo(OffsetDateTime.parse("2024-12-02T18:00:00-05:00"));
    }

    @Test
    void locationJoinsPlaceAndAddress() {
        assertThat(meeting(forestPark(), "569").location()).isEqualTo("City Hall, 745 Forest Pkwy, Forest Park, GA 30297");
    }

    @Test
    void locationPutsTheRoomFirst() {
        assertThat(meeting(wyco(), "3570").location())
                .isEqualTo("Commission Chambers, 701 N 7th Street, Kansas City, KS 66101");
    }

    @Test
    void emptyLocationIsNull() {
        assertThat(meeting(wyco(), "3532").location()).isNull();
    }

    @Test
    void canceledSpellingIsCancelled() {
        assertThat(meeting(forestPark(), "571").status()).isEqualTo(ScrapedMeetingStatus.CANCELLED);
    }

    @Test
    void pastEventIsHeld() {
        assertThat(meeting(wyco(), "3570").status()).isEqualTo(ScrapedMeetingStatus.HELD);
    }

    @Test
    void futureEventIsScheduled() {
        assertThat(meeting(wyco(), "3532").status()).isEqualTo(ScrapedMeetingStatus.SCHEDULED);
    }

    @Test
    void filesDownloadThroughTheStreamEndpoint() {
        assertThat(meeting(forestPark(), "569").links()).containsExactly(
                new Link("Agenda", "https://forestparkga.api.civicclerk.com/v1/Meetings/GetMeetingFileStream(fileId=100,plainText=false)"),
                new Link("Agenda Packet", "https://forestparkga.api.civicclerk.com/v1/Meetings/GetMeetingFileStream(fileId=101,plainText=false)"),
                new Link("Video", "https://www.youtube.com/watch?v=abc123"));
    }

    @Test
    void minutesAreLinked() {
        assertThat(meeting(wyco(), "3533").links()).extracting(Link::label).containsExactly("Agenda", "Agenda Packet", "Minutes");
    }

    @Test
    void recordedVideoIsLinked() {
        ParseResult result = parse(adapter, page(ATL + "atl_south_fulton_city_council_meetings.json",
                "https://southfultonga.api.civicclerk.com/v1/Events"), context("America/New_York"));
        assertThat(meeting(result, "1744").links()).contains(new Link("Video", "https://cpmedia.azureedge.net/southfultonga/8c9fc82fc5.mp4"));
    }

    @Test
    void meetingUrlIsThePortalPage() {
        assertThat(meeting(forestPark(), "569").url()).isEqualTo("https://forestparkga.portal.civicclerk.com/event/569/overview");
    }

    @Test
    void followsTheAgendaFiles() {
        assertThat(forestPark().follow()).containsExactly(
                "https://forestparkga.api.civicclerk.com/v1/Meetings/GetMeetingFileStream(fileId=100,plainText=false)",
                "https://forestparkga.api.civicclerk.com/v1/Meetings/GetMeetingFileStream(fileId=200,plainText=false)");
    }

    @Test
    void civicScraperOutputIsNotAnApiResponse() {
        Page derived = page("civicclerk/biglocalnews__civic-scraper/tests__fixtures__scraped_events_api_Islamorada_fl.json",
                "https://islamoradafl.api.civicclerk.com/v1/Events");
        assertThatThrownBy(() -> adapter.parse(derived, context("America/New_York"))).isInstanceOf(ParseException.class)
                .hasMessageContaining("\"value\" array");
    }

    /**
     * Read off the JSON: eventName (no categoryName, so it is the body), startDateTime as Kansas City wall-clock time
     * despite its "Z", held or scheduled against the frozen clock (2026-01-15T12:00Z), and the first published file.
     */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
            "kancit_board_commissioners.json|3001|Full Commission|2026-01-15T17:30-06:00|SCHEDULED|12001|Commission Chambers, 701 N 7th Street, Kansas City, KS 66101",
            "kancit_board_commissioners.json|3003|Planning & Zoning and Board of Commission|2025-12-18T17:30-06:00|HELD|11800|701 N 7th Street, Kansas City, KS 66101",
            "kancit_board_commissioners.json|3005|8.15.24 Board of Commission Special Meeting|2024-08-15T14:00-05:00|HELD||701 N 7th Street, Kansas City, KS 66101",
            "kancit_full_commission.json|3001|Full Commission|2026-01-15T17:30-06:00|SCHEDULED|12001|Commission Chambers, 701 N 7th Street, Kansas City, KS 66101",
            "kancit_full_commission.json|3003|Full Commission|2025-12-18T17:30-06:00|HELD|11800|701 N 7th Street, Kansas City, KS 66101" })
    void kansasCityEventFields(String file, String id, String body, String start, ScrapedMeetingStatus status, String fileId,
            String location) {
        ParseResult result = parse(adapter, page(KC + file, WYCO_URL), context("America/Chicago"));
        var meeting = meeting(result, id);
        assertThat(meeting.body()).isEqualTo(body);
        assertThat(meeting.start()).isEqualTo(OffsetDateTime.parse(start));
        assertThat(meeting.start().getOffset()).isEqualTo(OffsetDateTime.parse(start).getOffset());
        assertThat(meeting.status()).isEqualTo(status);
        assertThat(meeting.location()).isEqualTo(location);
        assertThat(meeting.url()).isEqualTo("https://wycokck.portal.civicclerk.com/event/" + id + "/overview");
        if (fileId == null) {
            assertThat(meeting.links()).isEmpty();
        } else {
            assertThat(meeting.links().get(0)).isEqualTo(new Link("Agenda",
                    "https://wycokck.api.civicclerk.com/v1/Meetings/GetMeetingFileStream(fileId=" + fileId + ",plainText=false)"));
        }
    }

    @Test
    void kansasCityFullCommissionLinksItsPacket() {
        ParseResult result = parse(adapter, page(KC + "kancit_full_commission.json", WYCO_URL), context("America/Chicago"));
        assertThat(meeting(result, "3001").links()).extracting(Link::label).containsExactly("Agenda", "Agenda Packet");
        assertThat(result.follow()).containsExactly(
                "https://wycokck.api.civicclerk.com/v1/Meetings/GetMeetingFileStream(fileId=12001,plainText=false)",
                "https://wycokck.api.civicclerk.com/v1/Meetings/GetMeetingFileStream(fileId=11800,plainText=false)");
    }

    @Test
    void emptyEventListIsEmptyWithAWarning() {
        ParseResult result = parse(adapter, edited(page(KC + "kancit_full_commission.json", WYCO_URL), t -> "{\"value\":[]}"),
                context("America/Chicago"));
        assertThat(result.meetings()).isEmpty();
        assertThat(result.warnings()).containsExactly("CivicClerk returned no events");
    }

    @Test
    void realResponsesGiveNoEmptyListWarning() {
        assertThat(wyco().warnings()).isEmpty();
    }

    /** The real Board of Commissioners response with some fields taken out of some events. */
    private static Page withoutFields(Map<String, List<String>> fieldsById) {
        return edited(page(KC + "kancit_board_commissioners.json", WYCO_URL), text -> {
            try {
                ObjectNode root = (ObjectNode) JSON.readTree(text);
                for (JsonNode event : root.path("value")) {
                    ((ObjectNode) event).remove(fieldsById.getOrDefault(event.path("id").asText(), List.of()));
                }
                return JSON.writeValueAsString(root);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    @Test
    void eventsMissingTheirStartOrNameAreSkippedWithAWarning() {
        ParseResult result = parse(adapter, withoutFields(Map.of("3002", List.of("startDateTime"), "3004", List.of("eventName"))),
                context("America/Chicago"));
        assertThat(result.meetings()).extracting(m -> m.sourceId()).containsExactly("3001", "3003", "3005", "3006", "3007");
        assertThat(result.warnings()).containsExactly("event 3002 lacks a start or a name; skipped",
                "event 3004 lacks a start or a name; skipped");
    }

    @Test
    void eventWithoutFilesOrLocationIsReadWithoutThem() {
        ParseResult full = parse(adapter, page(KC + "kancit_board_commissioners.json", WYCO_URL), context("America/Chicago"));
        assertThat(meeting(full, "3001").links()).extracting(Link::label).containsExactly("Agenda");
        assertThat(meeting(full, "3001").location()).isNotNull();
        ParseResult result = parse(adapter, withoutFields(Map.of("3001", List.of("publishedFiles", "eventLocation"))),
                context("America/Chicago"));
        assertThat(meeting(result, "3001").links()).isEmpty();
        assertThat(meeting(result, "3001").location()).isNull();
        assertThat(meeting(result, "3001").start()).isEqualTo(meeting(full, "3001").start());
        assertThat(result.follow()).hasSize(full.follow().size() - 1);
    }

    @Test
    void eventsWithoutTheirValueArrayAreAParseException() {
        Page renamed = edited(page(KC + "kancit_board_commissioners.json", WYCO_URL), t -> t.replaceFirst("\"value\"", "\"items\""));
        assertThatThrownBy(() -> adapter.parse(renamed, context("America/Chicago"))).isInstanceOf(ParseException.class)
                .hasMessageContaining("\"value\" array");
    }

    @Test
    void truncatedResponseIsAParseException() {
        Page cut = truncated(page(ATL + "atl_south_fulton_city_council_meetings.json", FOREST_PARK_URL), 0.7);
        assertThatThrownBy(() -> adapter.parse(cut, context("America/New_York"))).isInstanceOf(ParseException.class);
    }
}
