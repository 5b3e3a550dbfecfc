package org.ordinancewatch.parse.municode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ordinancewatch.testing.AdapterTesting.context;
import static org.ordinancewatch.testing.AdapterTesting.cutBefore;
import static org.ordinancewatch.testing.AdapterTesting.edited;
import static org.ordinancewatch.testing.AdapterTesting.meeting;
import static org.ordinancewatch.testing.AdapterTesting.parse;
import static org.ordinancewatch.testing.AdapterTesting.swappedColumns;

import java.time.OffsetDateTime;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ordinancewatch.parse.Page;
import org.ordinancewatch.parse.ParseException;
import org.ordinancewatch.parse.ParseResult;
import org.ordinancewatch.record.Link;
import org.ordinancewatch.record.ScrapedMeeting;
import org.ordinancewatch.record.ScrapedMeetingStatus;
import org.ordinancewatch.testing.Fixtures;

class MunicodeMeetingsAdapterTest {

    private static final String ATL = "municode_meetings/City-Bureau__city-scrapers-atl/tests__files__";
    private static final String CLOVIS = "municode_meetings/City-Bureau__city-scrapers-fresno/tests__files__clovis_planning.html";
    private static final String STEVENSON = "municode_meetings/City-Bureau__city-scrapers-colgo/tests__files__colgo_stevenson_city.html";

    private final MunicodeMeetingsAdapter adapter = new MunicodeMeetingsAdapter();

    private static Page page(String fixture, String url) {
        return Fixtures.page(Fixtures.shared(fixture), url, "text/html; charset=utf-8");
    }

    private ParseResult forestPark() {
        return parse(adapter, page(ATL + "atl_forestpark.html", "https://www.forestparkga.gov/meetings"), context("America/New_York"));
    }

    private ParseResult clovis() {
        return parse(adapter, page(CLOVIS, "https://meetings.municode.com/PublishPage/index?cid=CLOVIS&ppid=1"),
                context("America/Los_Angeles"));
    }

    /**
     * Read off the Forest Park site's rows: the ScrapedMeeting cell, the machine-readable date ({@code content="..."}), a
     * "CANCELED" in the name, and the Agenda cell's PDF link (Municode's storage host); the id is the meeting page's slug.
     */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
            "atl_forestpark.html|planning-commission-meeting-72|Planning Commission Meeting|2022-10-20T18:00-04:00|HELD|cc4cb5a952ff412eae4052e7ab709e2c",
            "atl_forestpark.html|development-authority-regular-meeting-canceled-0|Development Authority Regular Meeting - CANCELED|2022-07-27T17:30-04:00|CANCELLED|bb01017e58d64f4f9bd00bc1aecbc19d",
            "forestpark_city_council.html|city-council-regular-session-41|City Council Regular Session|2022-08-01T19:00-04:00|HELD|8d044bf7d0404e2c98024e4d28a593ba",
            "forestpark_city_council.html|city-council-work-session-31|City Council Work Session|2022-08-01T18:00-04:00|HELD|be62263037bb4151b52e51b21f5d0121" })
    void forestParkRowFields(String file, String id, String body, String start, ScrapedMeetingStatus status, String guid) {
        ScrapedMeeting meeting = meeting(parse(adapter, page(ATL + file, "https://www.forestparkga.gov/meetings"),
                context("America/New_York")), id);
        assertThat(meeting.body()).isEqualTo(body);
        assertThat(meeting.start()).isEqualTo(OffsetDateTime.parse(start));
        assertThat(meeting.start().getOffset()).isEqualTo(OffsetDateTime.parse(start).getOffset());
        assertThat(meeting.status()).isEqualTo(status);
        assertThat(meeting.url()).endsWith("/page/" + id);
        assertThat(meeting.links()).contains(new Link("Agenda",
                "https://mccmeetings.blob.core.usgovcloudapi.net/forestpark-pubu/MEET-Agenda-" + guid + ".pdf"));
    }

    @Test
    void nameIsMunicodeMeetings() {
        assertThat(adapter.name()).isEqualTo("municode-meetings");
    }

    @ParameterizedTest
    @CsvSource({ ATL + "atl_forestpark.html,50,3", ATL + "forestpark_city_council.html,50,4", STEVENSON + ",17,1",
            CLOVIS + ",7,0" })
    void readsEveryRow(String fixture, int expected, long cancelled) {
        ParseResult result = parse(adapter, page(fixture, "https://example.municode.com/meetings"), context("America/Chicago"));
        assertThat(result.meetings()).hasSize(expected);
        assertThat(result.meetings().stream().filter(m -> m.status() == ScrapedMeetingStatus.CANCELLED).count()).isEqualTo(cancelled);
        assertThat(result.warnings()).isEmpty();
    }

    @Test
    void siteViewBodyIsTheMeetingColumn() {
        assertThat(meeting(forestPark(), "city-council-regular-session-35").body()).isEqualTo("City Council Regular Session");
    }

    @Test
    void siteViewStartComesFromTheMachineReadableDate() {
        assertThat(meeting(forestPark(), "city-council-regular-session-35").start())
                .isEqualTo(OffsetDateTime.parse("2022-11-07T19:00:00-05:00"));
    }

    @Test
    void siteViewUrlIsTheDetailPage() {
        assertThat(meeting(forestPark(), "city-council-regular-session-35").url())
                .isEqualTo("https://www.forestparkga.gov/citycouncil/page/city-council-regular-session-35");
    }

    @Test
    void siteViewEmptyDocumentCellsGiveNoLinks() {
        assertThat(meeting(forestPark(), "city-council-regular-session-35").links()).isEmpty();
    }

    @Test
    void leadingDateIsStrippedFromTheBody() {
        ParseResult result = parse(adapter, page(STEVENSON, "https://www.ci.stevenson.wa.us/meetings"), context("America/Los_Angeles"));
        assertThat(meeting(result, "december-18th-2025-regular-council-meeting").body()).isEqualTo("Regular Council Meeting");
    }

    @Test
    void municodeMeetingsBodyWithoutTheDate() {
        assertThat(meeting(clovis(), "eba70826412d4238bcdc46d9fc5971b6").body()).isEqualTo("Planning Commission Meeting");
    }

    @Test
    void municodeMeetingsStartJoinsDateAndTimeColumns() {
        assertThat(meeting(clovis(), "eba70826412d4238bcdc46d9fc5971b6").start())
                .isEqualTo(OffsetDateTime.parse("2022-07-28T18:00:00-07:00"));
    }

    @Test
    void municodeMeetingsLocationIsTheVenue() {
        assertThat(meeting(clovis(), "eba70826412d4238bcdc46d9fc5971b6").location())
                .isEqualTo("Council Chambers 1033 Fifth Street Clovis, CA 93612");
    }

    @Test
    void municodeMeetingsLinksByColumn() {
        assertThat(meeting(clovis(), "6ea22ab6b68640d2814ff29dea1f2fe4").links()).extracting(Link::label)
                .containsExactly("Agenda", "Agenda Packet", "Minutes", "Video");
    }

    @Test
    void municodeMeetingsVideoUrl() {
        assertThat(meeting(clovis(), "eba70826412d4238bcdc46d9fc5971b6").links())
                .contains(new Link("Video", "https://www.youtube.com/watch?v=RL2LcmntCSI"));
    }

    @Test
    void pastMeetingIsHeld() {
        ScrapedMeeting meeting = meeting(clovis(), "eba70826412d4238bcdc46d9fc5971b6");
        assertThat(meeting.status()).isEqualTo(ScrapedMeetingStatus.HELD);
    }

    @Test
    void followsTheAgendas() {
        assertThat(clovis().follow()).hasSize(7).allMatch(u -> u.contains("MEET-Agenda-"));
    }

    @Test
    void agendaPdfsAreFollowedButNeverTheMeetingPages() {
        // 43 of Forest Park's 50 Agenda cells link a PDF (42 on Municode's storage host, one retreat agenda on the
        // city's own site); every row links its meeting page ("View Details")
        assertThat(forestPark().meetings()).allSatisfy(m -> assertThat(m.url()).contains("/page/"));
        assertThat(forestPark().follow()).hasSize(43).allMatch(u -> u.endsWith(".pdf"))
                .contains("https://www.forestparkga.gov/sites/default/files/fileattachments/economic_development/meeting/14799/retreat_agenda_-_sat_0514.pdf")
                .noneMatch(u -> u.contains("/page/"));
    }

    @Test
    void tableWithItsHeadersButNoRowsIsEmptyWithAWarning() {
        Page noRows = edited(page(CLOVIS, "https://meetings.municode.com/PublishPage/index?cid=CLOVIS&ppid=1"), text -> {
            Document doc = Jsoup.parse(text);
            doc.select("tr:has(> td)").remove();
            return doc.outerHtml();
        });
        ParseResult result = parse(adapter, noRows, context("America/Los_Angeles"));
        assertThat(result.meetings()).isEmpty();
        assertThat(result.warnings()).containsExactly("the meetings table lists no meetings");
    }

    @Test
    void truncatedPageGivesTheRowsBeforeTheCutWithAWarning() {
        // the download stops inside the 5th of the 7 rows, at the start of its meeting cell
        Page full = page(CLOVIS, "https://meetings.municode.com/PublishPage/index?cid=CLOVIS&ppid=1");
        ParseResult result = parse(adapter, cutBefore(full, "March 24, 2022 Planning Commission Meeting"),
                context("America/Los_Angeles"));
        assertThat(result.meetings()).extracting(ScrapedMeeting::sourceId).containsExactly("eba70826412d4238bcdc46d9fc5971b6",
                "6ea22ab6b68640d2814ff29dea1f2fe4", "e013cc9edd4842e093cde4b952d4ed05", "5c4fde4a616b4d5f9497ec9489811452");
        assertThat(result.meetings().get(3).start()).isEqualTo(OffsetDateTime.parse("2022-04-28T18:00:00-07:00"));
        assertThat(result.warnings()).containsExactly("page appears truncated: no closing </html> tag",
                "meeting row without a date skipped: (empty row)");
    }

    @Test
    void reorderedColumnsAreFoundByTheirHeaders() {
        // ScrapedMeeting, Venue, Time, Agenda, ... becomes Time, Venue, ScrapedMeeting, Agenda, ...; then Agenda and Minutes change places
        Page full = page(CLOVIS, "https://meetings.municode.com/PublishPage/index?cid=CLOVIS&ppid=1");
        Page reordered = swappedColumns(swappedColumns(full, "table:has(th.meeting)", 0, 2), "table:has(th.meeting)", 3, 5);
        assertThat(Jsoup.parse(reordered.text()).select("th").eachText()).startsWith("Time", "Venue", "Meeting", "Minutes");
        ParseResult result = parse(adapter, reordered, context("America/Los_Angeles"));
        assertThat(result.meetings()).usingRecursiveFieldByFieldElementComparator().isEqualTo(clovis().meetings());
        assertThat(result.warnings()).isEmpty();
    }

    @Test
    void pageWithoutAMeetingsTableIsAParseException() {
        Page other = edited(page(CLOVIS, "https://meetings.municode.com/"), t -> t.replace("<table", "<div").replace("</table>", "</div>"));
        assertThatThrownBy(() -> adapter.parse(other, context("America/Los_Angeles"))).isInstanceOf(ParseException.class);
    }
}
