package org.ordinancewatch.parse.legistar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ordinancewatch.parse.legistar.LegistarFixtures.*;

import org.junit.jupiter.api.Test;
import org.ordinancewatch.parse.ParseException;
import org.ordinancewatch.parse.ParseResult;
import org.ordinancewatch.record.ScrapedItem;
import org.ordinancewatch.record.Link;
import org.ordinancewatch.record.ScrapedMeeting;
import org.ordinancewatch.record.ScrapedMeetingStatus;

/** City Council meeting that passed the face-surveillance ban (project fixture shaped like MeetingDetail.aspx). */
class LegistarMeetingDetailAdapterTest {

    private static final String URL = "https://example.legistar.com/MeetingDetail.aspx?ID=1402201"
            + "&GUID=9F8E7D6C-5B4A-3928-1706-F5E4D3C2B1A0&Options=info%7C&Search=";

    private final LegistarMeetingDetailAdapter adapter = new LegistarMeetingDetailAdapter();

    private ParseResult parse() throws ParseException {
        return adapter.parse(own("MeetingDetail_city_council.html", URL), context("America/Chicago"));
    }

    private ScrapedMeeting meeting() throws ParseException {
        return parse().meetings().get(0);
    }

    @Test
    void sourceIdIsThePagesMeetingId() throws ParseException {
        assertThat(meeting().sourceId()).isEqualTo("1402201");
    }

    @Test
    void body() throws ParseException {
        assertThat(meeting().body()).isEqualTo("City Council");
    }

    @Test
    void start() throws ParseException {
        assertThat(meeting().start()).hasToString("2026-04-21T10:00-05:00");
    }

    @Test
    void location() throws ParseException {
        assertThat(meeting().location()).isEqualTo("Council Chamber, City Hall, 2nd Floor");
    }

    @Test
    void futureMeetingIsScheduled() throws ParseException {
        assertThat(meeting().status()).isEqualTo(ScrapedMeetingStatus.SCHEDULED);
    }

    @Test
    void url() throws ParseException {
        assertThat(meeting().url()).isEqualTo(URL);
    }

    @Test
    void publishedDocumentsAreLinksAndUnavailableOnesAreNot() throws ParseException {
        assertThat(meeting().links()).containsExactly(
                new Link("Published agenda", "https://example.legistar.com/View.ashx?M=A&ID=1402201"
                        + "&GUID=9F8E7D6C-5B4A-3928-1706-F5E4D3C2B1A0"),
                new Link("Meeting video", "https://example.legistar.com/Video.aspx?Mode=Granicus&ID1=4412&Mode2=Video"));
    }

    @Test
    void readsEveryItemWithAFileOrTitle() throws ParseException {
        assertThat(meeting().items()).extracting(ScrapedItem::number).containsExactly("1.", "2.", "3.", "4.");
    }

    @Test
    void emptyItemRowIsSkippedWithAWarning() throws ParseException {
        assertThat(parse().warnings()).singleElement().asString().contains("gridMain_ctl00__4");
    }

    @Test
    void itemFileNumber() throws ParseException {
        assertThat(meeting().items()).extracting(ScrapedItem::file).containsExactly(null, "O2026-0142", "R2026-0311",
                "O2026-0150");
    }

    @Test
    void itemTitle() throws ParseException {
        assertThat(meeting().items().get(1).title()).isEqualTo("An ordinance amending Chapter 2 of the Municipal Code"
                + " to ban the acquisition and use of face surveillance technology by City departments");
    }

    @Test
    void itemAction() throws ParseException {
        assertThat(meeting().items()).extracting(ScrapedItem::action).containsExactly(null, "Passed", "Adopted",
                "Referred to Committee");
    }

    @Test
    void itemResult() throws ParseException {
        assertThat(meeting().items()).extracting(ScrapedItem::result).containsExactly(null, "Pass", "Pass", null);
    }

    @Test
    void itemUrlIsItsLegislationDetailPage() throws ParseException {
        assertThat(meeting().items().get(1).url()).isEqualTo("https://example.legistar.com/LegislationDetail.aspx"
                + "?ID=7012345&GUID=5B1C2D3E-4F50-6172-8394-A5B6C7D8E9F0&Options=&Search=");
    }

    @Test
    void itemLinksAreActionDetailsAndVideo() throws ParseException {
        assertThat(meeting().items().get(1).links()).extracting(Link::label).containsExactly("Action Details", "Video");
    }

    @Test
    void followsTheItemsLegislation() throws ParseException {
        assertThat(parse().follow()).hasSize(3).allMatch(u -> u.contains("LegislationDetail.aspx?ID="));
    }

    @Test
    void cancelledCommentUnderTheLocationCancelsTheMeeting() throws ParseException {
        ScrapedMeeting m = adapter.parse(own("MeetingDetail_cancelled.html",
                "https://example.legistar.com/MeetingDetail.aspx?ID=1399902&GUID=AB12CD34"), context("America/Chicago"))
                .meetings().get(0);
        assertThat(m.status()).isEqualTo(ScrapedMeetingStatus.CANCELLED);
    }

    @Test
    void cancelledCommentIsNotPartOfTheLocation() throws ParseException {
        ScrapedMeeting m = adapter.parse(own("MeetingDetail_cancelled.html",
                "https://example.legistar.com/MeetingDetail.aspx?ID=1399902&GUID=AB12CD34"), context("America/Chicago"))
                .meetings().get(0);
        assertThat(m.location()).isEqualTo("Committee Room 2");
    }

    @Test
    void emptyAgendaHasNoItemsAndNoWarning() throws ParseException {
        ParseResult r = adapter.parse(own("MeetingDetail_cancelled.html",
                "https://example.legistar.com/MeetingDetail.aspx?ID=1399902&GUID=AB12CD34"), context("America/Chicago"));
        assertThat(r.meetings().get(0).items()).isEmpty();
        assertThat(r.warnings()).isEmpty();
    }

    @Test
    void rejectsACalendarPage() {
        assertThatThrownBy(() -> adapter.parse(shared(OCD + "nyc__events.html", "https://nyc.legistar.com/Calendar.aspx"),
                context("America/New_York"))).isInstanceOf(ParseException.class).hasMessageContaining("MeetingDetail");
    }
}
