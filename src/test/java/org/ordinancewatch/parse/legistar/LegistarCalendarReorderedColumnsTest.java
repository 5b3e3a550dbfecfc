package org.ordinancewatch.parse.legistar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ordinancewatch.parse.legistar.LegistarFixtures.*;

import org.junit.jupiter.api.Test;
import org.ordinancewatch.parse.ParseException;
import org.ordinancewatch.parse.ParseResult;
import org.ordinancewatch.record.ScrapedMeetingStatus;

/** A calendar whose columns come in another order, with a row without a date and a postponed meeting. */
class LegistarCalendarReorderedColumnsTest {

    private ParseResult parse() throws ParseException {
        return new LegistarCalendarAdapter().parse(own("Calendar_reordered_columns.html",
                "https://example.legistar.com/Calendar.aspx"), context("America/Chicago"));
    }

    @Test
    void readsTheRowsWithADate() throws ParseException {
        assertThat(parse().meetings()).hasSize(2);
    }

    @Test
    void warnsAboutTheRowWithoutADate() throws ParseException {
        assertThat(parse().warnings()).singleElement().asString()
                .contains("gridCalendar_ctl00__1").contains("no meeting date").contains("TBD");
    }

    @Test
    void bodyIsFoundByHeaderNotPosition() throws ParseException {
        assertThat(parse().meetings().get(0).body()).isEqualTo("City Council");
    }

    @Test
    void startIsFoundByHeaderNotPosition() throws ParseException {
        assertThat(parse().meetings().get(0).start()).hasToString("2026-04-21T10:00-05:00");
    }

    @Test
    void locationIsFoundByHeaderNotPosition() throws ParseException {
        assertThat(parse().meetings().get(0).location()).isEqualTo("Council Chamber");
    }

    @Test
    void futureMeetingIsScheduled() throws ParseException {
        assertThat(parse().meetings().get(0).status()).isEqualTo(ScrapedMeetingStatus.SCHEDULED);
    }

    @Test
    void postponedInTheTimeColumnIsPostponed() throws ParseException {
        assertThat(parse().meetings().get(1).status()).isEqualTo(ScrapedMeetingStatus.POSTPONED);
    }

    @Test
    void postponedMeetingStartsAtMidnightOfItsDay() throws ParseException {
        assertThat(parse().meetings().get(1).start()).hasToString("2026-03-03T00:00-06:00");
    }

    @Test
    void sourceIdComesFromTheDetailsLink() throws ParseException {
        assertThat(parse().meetings().get(1).sourceId()).isEqualTo("1399902");
    }

    @Test
    void followsTheDetailPages() throws ParseException {
        assertThat(parse().follow()).hasSize(2).allMatch(u -> u.startsWith("https://example.legistar.com/MeetingDetail.aspx?ID="));
    }
}
