package org.ordinancewatch.parse.legistar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ordinancewatch.parse.legistar.LegistarFixtures.*;

import org.junit.jupiter.api.Test;
import org.ordinancewatch.parse.ParseException;
import org.ordinancewatch.parse.ParseResult;
import org.ordinancewatch.record.Link;
import org.ordinancewatch.record.ScrapedMeeting;
import org.ordinancewatch.record.ScrapedMeetingStatus;

/** Mecklenburg County's real /events response (2 events) and a project response with a cancelled event. */
class LegistarApiEventsAdapterTest {

    private static final String MECK = API + "City-Bureau__city-scrapers-charnc/tests__files__charnc_meck_boc_legistar.json";

    private final LegistarApiEventsAdapter adapter = new LegistarApiEventsAdapter();

    private ParseResult meck() throws ParseException {
        return adapter.parse(shared(MECK, "https://webapi.legistar.com/v1/mecklenburg/events"), context("America/New_York"));
    }

    private ParseResult own() throws ParseException {
        return adapter.parse(LegistarFixtures.own("api_events_cancelled.json", "https://webapi.legistar.com/v1/example/events"),
                context("America/Chicago"));
    }

    @Test
    void readsEveryEvent() throws ParseException {
        assertThat(meck().meetings()).hasSize(2);
    }

    @Test
    void sourceIdIsTheEventId() throws ParseException {
        assertThat(meck().meetings()).extracting(ScrapedMeeting::sourceId).containsExactly("1802", "1895");
    }

    @Test
    void body() throws ParseException {
        assertThat(meck().meetings()).extracting(ScrapedMeeting::body).containsExactly("Budget Public Policy",
                "Board of Commissioners");
    }

    @Test
    void startJoinsEventDateAndEventTimeInTheZone() throws ParseException {
        assertThat(meck().meetings().get(0).start()).hasToString("2025-01-14T14:30-05:00");
    }

    @Test
    void nullLocationStaysNull() throws ParseException {
        assertThat(meck().meetings().get(0).location()).isNull();
    }

    @Test
    void pastEventIsHeldAndFutureEventScheduled() throws ParseException {
        assertThat(meck().meetings()).extracting(ScrapedMeeting::status).containsExactly(ScrapedMeetingStatus.HELD,
                ScrapedMeetingStatus.SCHEDULED);
    }

    @Test
    void urlIsTheInSitePage() throws ParseException {
        assertThat(meck().meetings().get(1).url()).isEqualTo("https://mecklenburg.legistar.com/MeetingDetail.aspx"
                + "?LEGID=1895&GID=194&G=9CAF76CE-14E5-4AB9-8178-ECFA61E02FDA");
    }

    @Test
    void agendaFileIsALink() throws ParseException {
        assertThat(meck().meetings().get(0).links()).containsExactly(new Link("Agenda",
                "https://legistar1.granicus.com/Mecklenburg/meetings/2025/1/1802_A_Budget_Public_Policy_25-01-14_Meeting_Agenda.pdf"));
    }

    @Test
    void followsEachEventsItems() throws ParseException {
        assertThat(meck().follow()).containsExactly("https://webapi.legistar.com/v1/mecklenburg/events/1802/eventitems",
                "https://webapi.legistar.com/v1/mecklenburg/events/1895/eventitems");
    }

    @Test
    void cancelledAgendaStatusCancelsTheMeeting() throws ParseException {
        assertThat(own().meetings().get(1).status()).isEqualTo(ScrapedMeetingStatus.CANCELLED);
    }

    @Test
    void videoPathIsALink() throws ParseException {
        assertThat(own().meetings().get(0).links()).contains(new Link("Video",
                "https://example.granicus.com/MediaPlayer.php?view_id=2&clip_id=4412"));
    }

    @Test
    void eventWithUnreadableDateIsSkippedWithAWarning() throws ParseException {
        ParseResult r = own();
        assertThat(r.meetings()).hasSize(2);
        assertThat(r.warnings()).singleElement().asString().contains("13991").contains("TBD");
    }

    @Test
    void rejectsHtml() {
        assertThatThrownBy(() -> adapter.parse(shared(OCD + "nyc__events.html", "https://nyc.legistar.com/Calendar.aspx"),
                context("America/New_York"))).isInstanceOf(ParseException.class).hasMessageContaining("not JSON");
    }

    @Test
    void rejectsAnotherEndpointsResponse() {
        assertThatThrownBy(() -> adapter.parse(shared(API + "opencivicdata__python-legistar-scraper/"
                + "tests__fixtures__chicago__dupe_event.json", "https://webapi.legistar.com/v1/chicago/events"),
                context("America/Chicago"))).isInstanceOf(ParseException.class).hasMessageContaining("EventId");
    }
}
