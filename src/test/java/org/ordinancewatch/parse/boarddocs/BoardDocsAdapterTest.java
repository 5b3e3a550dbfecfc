package org.ordinancewatch.parse.boarddocs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ordinancewatch.testing.AdapterTesting.context;
import static org.ordinancewatch.testing.AdapterTesting.cutBefore;
import static org.ordinancewatch.testing.AdapterTesting.edited;
import static org.ordinancewatch.testing.AdapterTesting.meeting;
import static org.ordinancewatch.testing.AdapterTesting.parse;
import static org.ordinancewatch.testing.AdapterTesting.truncated;

import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ordinancewatch.parse.Page;
import org.ordinancewatch.parse.ParseException;
import org.ordinancewatch.parse.ParseResult;
import org.ordinancewatch.record.ScrapedItem;
import org.ordinancewatch.record.Link;
import org.ordinancewatch.record.ScrapedMeeting;
import org.ordinancewatch.record.ScrapedMeetingStatus;
import org.ordinancewatch.testing.Fixtures;

class BoardDocsAdapterTest {

    private static final String FEED = "boarddocs/City-Bureau__city-scrapers/tests__files__chi_teacherpension.xml";
    private static final String DALLAS = "boarddocs/City-Bureau__city-scrapers-dallas/tests__files__daltx_school_district.json";
    private static final String CS = "boarddocs/biglocalnews__civic-scraper/";

    private final BoardDocsAdapter adapter = new BoardDocsAdapter();

    private static Page page(String fixture, String url, String type) {
        return Fixtures.page(Fixtures.shared(fixture), url, type);
    }

    private ParseResult feed() {
        return parse(adapter, page(FEED, "http://www.boarddocs.com/il/ctpf/Board.nsf/XML-ActiveMeetings", "application/xml"),
                context("America/Chicago"));
    }

    private ParseResult dallas() {
        return parse(adapter, page(DALLAS, "https://www.dallasisd.org/api/meetings", "application/json"), context("America/Chicago"));
    }

    private ParseResult meetingList() {
        return parse(adapter, page(CS + "tests__fixtures__boarddocs_meetings.html", "https://go.boarddocs.com/pa/phos/Board.nsf/Public",
                "text/html"), context("America/New_York"));
    }

    private static ScrapedItem item(ScrapedMeeting meeting, String title) {
        return meeting.items().stream().filter(i -> i.title().startsWith(title)).findFirst().orElseThrow();
    }

    @Test
    void nameIsBoardDocs() {
        assertThat(adapter.name()).isEqualTo("boarddocs");
    }

    @Test
    void feedHasEveryMeeting() {
        assertThat(feed().meetings()).hasSize(28);
    }

    @Test
    void feedBodyIsTheBodyName() {
        assertThat(meeting(feed(), "B55S995DF24B").body()).isEqualTo("Board of Trustees");
    }

    @Test
    void feedTitleIsTheMeetingName() {
        assertThat(meeting(feed(), "B55S995DF24B").title()).isEqualTo("Investment Committee Meeting");
    }

    @Test
    void feedStartIsTheDateAtMidnight() {
        assertThat(meeting(feed(), "B55S995DF24B").start()).isEqualTo(OffsetDateTime.parse("2018-10-25T00:00:00-05:00"));
    }

    @Test
    void feedStartTakesTheTimeFromTheName() {
        assertThat(meeting(feed(), "BAM24A5CD9B8").start()).isEqualTo(OffsetDateTime.parse("2019-03-28T16:15:00-05:00"));
    }

    @Test
    void feedMeetingIsHeld() {
        assertThat(meeting(feed(), "B55S995DF24B").status()).isEqualTo(ScrapedMeetingStatus.HELD);
    }

    @Test
    void feedMeetingLinksItsAgenda() {
        assertThat(meeting(feed(), "B55S995DF24B").links())
                .containsExactly(new Link("Agenda", "http://www.boarddocs.com/il/ctpf/Board.nsf/goto?open&id=B55S995DF24B"));
    }

    @Test
    void feedItemsAreCategoriesAndTheirItems() {
        assertThat(meeting(feed(), "B55S995DF24B").items()).hasSize(14);
        assertThat(meeting(feed(), "B58S7H5DDC64").items()).hasSize(71);
    }

    @Test
    void categoryNumber() {
        assertThat(item(meeting(feed(), "B55S995DF24B"), "Report of the CTPF Investment Team").number()).isEqualTo("3");
    }

    @Test
    void itemIsNumberedUnderItsCategory() {
        assertThat(item(meeting(feed(), "B55S995DF24B"), "Education Session-Divestment").number()).isEqualTo("3.A");
    }

    @Test
    void itemActionType() {
        assertThat(item(meeting(feed(), "B55S995DF24B"), "Education Session-Divestment").action()).isEqualTo("Discussion");
    }

    @Test
    void itemUrl() {
        assertThat(item(meeting(feed(), "B55S995DF24B"), "Education Session-Divestment").url())
                .isEqualTo("http://www.boarddocs.com/il/ctpf/Board.nsf/goto?open&id=B55S9L5E2A28");
    }

    @Test
    void feedFollowsNothingAsItsMeetingPagesAreFilledByScript() {
        assertThat(feed().meetings()).allSatisfy(m -> assertThat(m.url()).contains("/Board.nsf/goto?open&id="));
        assertThat(feed().follow()).isEmpty();
    }

    @Test
    void jsonListHasEveryMeeting() {
        assertThat(dallas().meetings()).hasSize(80);
    }

    @Test
    void jsonCancelledMeetings() {
        assertThat(dallas().meetings().stream().filter(m -> m.status() == ScrapedMeetingStatus.CANCELLED).map(ScrapedMeeting::sourceId))
                .containsExactlyInAnyOrder("755", "766", "65", "64", "77", "76");
    }

    @Test
    void jsonBodyIsTheMeetingType() {
        assertThat(meeting(dallas(), "826").body()).isEqualTo("Public Hearing Agenda and Notice");
    }

    @Test
    void jsonStart() {
        assertThat(meeting(dallas(), "826").start()).isEqualTo(OffsetDateTime.parse("2026-05-28T17:30:00-05:00"));
    }

    @Test
    void jsonLocation() {
        assertThat(meeting(dallas(), "826").location()).isEqualTo("Ada L. Williams Governance Room");
    }

    @Test
    void jsonFutureMeetingIsScheduled() {
        assertThat(meeting(dallas(), "826").status()).isEqualTo(ScrapedMeetingStatus.SCHEDULED);
    }

    @Test
    void meetingListPageHasEveryRow() {
        assertThat(meetingList().meetings()).hasSize(5);
    }

    @Test
    void meetingListRowFields() {
        ScrapedMeeting meeting = meeting(meetingList(), "BRWHQR7A8AEE");
        assertThat(meeting.body()).isEqualTo("Regular School Board Meeting");
        assertThat(meeting.start()).isEqualTo(OffsetDateTime.parse("2023-12-19T00:00:00-05:00"));
        assertThat(meeting.url()).isEqualTo("https://go.boarddocs.com/pa/phos/Board.nsf/goto?open&id=BRWHQR7A8AEE");
        assertThat(meeting.status()).isEqualTo(ScrapedMeetingStatus.HELD);
    }

    @Test
    void committeeChooserIsEmptyWithAWarning() {
        ParseResult result = parse(adapter, page(CS + "tests__fixtures__boarddocs_committee.html",
                "https://go.boarddocs.com/pa/phos/Board.nsf/Public", "text/html"), context("America/New_York"));
        assertThat(result.meetings()).isEmpty();
        assertThat(result.warnings()).containsExactly("BoardDocs committee chooser (4 committees), not a meeting list");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "decoded_from_cassette/test_get_meetings__00__go_boarddocs_com_pa_stco_Board_nsf_Public.html",
            "decoded_from_cassette/test_get_committee_id__00__go_boarddocs_com_pa_stco_Board_nsf_Public.html",
            "decoded_from_cassette/test_get_committee_id__01__go_boarddocs_com_pa_stco_Board_nsf_Public.html" })
    void publicApplicationShellIsEmptyWithAWarning(String file) {
        ParseResult result = parse(adapter, page(CS + file, "https://go.boarddocs.com/pa/stco/Board.nsf/Public", "text/html"),
                context("America/New_York"));
        assertThat(result.meetings()).isEmpty();
        assertThat(result.warnings()).singleElement().asString().contains("loaded by script");
    }

    @Test
    void emptyJsonListIsEmptyWithAWarning() {
        ParseResult result = parse(adapter, edited(page(DALLAS, "https://www.dallasisd.org/api/meetings", "application/json"),
                t -> "[]"), context("America/Chicago"));
        assertThat(result.meetings()).isEmpty();
        assertThat(result.warnings()).containsExactly("BoardDocs returned an empty meeting list");
    }

    @Test
    void feedListingNoMeetingsIsEmptyWithAWarning() {
        Page empty = edited(page(FEED, "http://www.boarddocs.com/il/ctpf/Board.nsf/XML-ActiveMeetings", "application/xml"),
                t -> t.substring(0, t.indexOf("<meeting ")) + "</meetings>");
        ParseResult result = parse(adapter, empty, context("America/Chicago"));
        assertThat(result.meetings()).isEmpty();
        assertThat(result.warnings()).containsExactly("the BoardDocs feed lists no meetings");
    }

    @Test
    void realFeedAndListsGiveNoWarnings() {
        assertThat(feed().warnings()).isEmpty();
        assertThat(dallas().warnings()).isEmpty();
        assertThat(meetingList().warnings()).isEmpty();
    }

    @Test
    void feedCutInsideItsEleventhMeetingGivesTheTenBeforeWithAWarning() {
        Page full = page(FEED, "http://www.boarddocs.com/il/ctpf/Board.nsf/XML-ActiveMeetings", "application/xml");
        // the download stops inside the start tag of meeting 11 (order="11")
        ParseResult result = parse(adapter, cutBefore(full, "id=\"B75UQZ6649F4\""), context("America/Chicago"));
        assertThat(result.meetings()).hasSize(10);
        assertThat(result.meetings().get(9).sourceId()).isEqualTo("B74SHZ70FC47");
        assertThat(result.warnings()).contains("feed appears truncated: it does not end with </meetings>");
    }

    @Test
    void meetingListPageCutInsideItsFourthRowGivesTheThreeBeforeWithAWarning() {
        Page full = page(CS + "tests__fixtures__boarddocs_meetings.html", "https://go.boarddocs.com/pa/phos/Board.nsf/Public",
                "text/html");
        ParseResult result = parse(adapter, cutBefore(full, "data-id=\"BRWHQL7A6AB1\""),
                context("America/New_York"));
        assertThat(result.meetings()).extracting(ScrapedMeeting::sourceId).containsExactly("BRWHQR7A8AEE", "BRWHQP7A7FD5",
                "BRWHQN7A7BDE");
        assertThat(result.warnings()).contains("page appears truncated: no closing </html> tag");
    }

    @Test
    void truncatedJsonListIsAParseException() {
        Page cut = truncated(page(DALLAS, "https://www.dallasisd.org/api/meetings", "application/json"), 0.5);
        assertThatThrownBy(() -> adapter.parse(cut, context("America/Chicago"))).isInstanceOf(ParseException.class)
                .hasMessageContaining("not valid JSON");
    }

    @Test
    void xmlWithoutMeetingsIsAParseException() {
        Page empty = edited(page(FEED, "http://www.boarddocs.com/il/ctpf/Board.nsf/XML-ActiveMeetings", "application/xml"),
                t -> "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<error>not found</error>");
        assertThatThrownBy(() -> adapter.parse(empty, context("America/Chicago"))).isInstanceOf(ParseException.class);
    }

    @Test
    void unrelatedPageIsAParseException() {
        Page other = edited(page(CS + "tests__fixtures__boarddocs_meetings.html", "https://example.org/", "text/html"),
                t -> "<html><head><title>Example</title></head><body><p>Hello</p></body></html>");
        assertThatThrownBy(() -> adapter.parse(other, context("America/Chicago"))).isInstanceOf(ParseException.class);
    }
}
