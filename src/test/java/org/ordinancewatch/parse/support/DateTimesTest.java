package org.ordinancewatch.parse.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class DateTimesTest {

    private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2/12/2019 5:30 PM|2019-02-12T17:30",
            "Sep 6, 2022 6:30 PM|2022-09-06T18:30",
            "TUESDAY, SEPTEMBER 6, 2022  6:30 PM|2022-09-06T18:30",
            "2022-09-06T18:30:00|2022-09-06T18:30",
            "2025/12/17 17:15:00|2025-12-17T17:15",
            "02/24/22 - 4 p.m.|2022-02-24T16:00",
            "02-10-22 - 5 p.m.|2022-02-10T17:00",
            "Nov 09, 22|2022-11-09T00:00",
            "September 23 2020 1:00 PM|2020-09-23T13:00",
            "December 18th, 2025 Regular Council Meeting|2025-12-18T00:00",
            "City Commission Meeting 530pm on Sep 8, 2020|2020-09-08T17:30",
            "Thursday, January  27, 2022 at 02:00 pm|2022-01-27T14:00",
            "Finance Committee 8:30 AM Dec 13, 2018|2018-12-13T08:30",
            "March 1, 2021 at Noon|2021-03-01T12:00" })
    void findsDateAndTime(String text, String expected) {
        assertThat(DateTimes.findDateTime(text)).contains(LocalDateTime.parse(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = { "January 21, 10 a.m.", "No date here", "00h 20m", "" })
    void textWithoutACompleteDateHasNone(String text) {
        assertThat(DateTimes.findDate(text)).isEmpty();
    }

    @Test
    void nonBreakingSpacesAreSpaces() {
        assertThat(DateTimes.findDate("Jan\u00A027,\u00A02022")).contains(LocalDate.of(2022, 1, 27));
    }

    @Test
    void timeWithDottedMeridiem() {
        assertThat(DateTimes.findTime("Meeting at 4:15 P.M. Chair")).contains(LocalTime.of(16, 15));
    }

    @Test
    void isoWithOffsetIsConvertedIntoTheZone() {
        assertThat(DateTimes.parseIso("2022-11-07T19:00:00-05:00", CHICAGO))
                .isEqualTo(OffsetDateTime.parse("2022-11-07T18:00:00-06:00"));
    }

    @Test
    void isoWithoutOffsetIsLocalTime() {
        assertThat(DateTimes.parseIso("2026-01-06T18:00:00", CHICAGO)).isEqualTo(OffsetDateTime.parse("2026-01-06T18:00:00-06:00"));
    }

    @Test
    void wallClockIgnoresAFalseUtcMarker() {
        assertThat(DateTimes.wallClockIn("2024-12-02T18:00:00Z", CHICAGO)).isEqualTo(OffsetDateTime.parse("2024-12-02T18:00:00-06:00"));
    }

    @Test
    void summerTimeUsesTheDaylightOffset() {
        assertThat(DateTimes.startIn("July 4, 2022 7:00 PM", CHICAGO)).isEqualTo(OffsetDateTime.parse("2022-07-04T19:00:00-05:00"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "March 26, 2019 Committee of the Whole, 1 p.m.|Committee of the Whole,",
            "Board of Directors December 13, 2018 8:30 AM|Board of Directors",
            "July 2, 2019, 10 a.m. Annual Mtg|, Annual Mtg",
            "12/15/20 - 12:30 p.m. (Rescheduled from 1/5/21)|- (Rescheduled from 1/5/21)" })
    void withoutDateAndTimeLeavesTheRest(String text, String rest) {
        assertThat(DateTimes.withoutDateAndTime(text)).isEqualTo(rest);
    }

    @Test
    void withoutDateAndTimeOfADateAloneIsNull() {
        assertThat(DateTimes.withoutDateAndTime("August 27, 2019 11 a.m.")).isNull();
        assertThat(DateTimes.withoutDateAndTime("Committee of the Whole")).isEqualTo("Committee of the Whole");
    }

    @Test
    void textWithoutDigitsHasNoDateAndAtMostNoon() {
        // the patterns all need a digit, so such text skips them; "noon" is still a time
        assertThat(DateTimes.findDate("Committee of the Whole - Agenda, Minutes, Video")).isEmpty();
        assertThat(DateTimes.findDateTime("September sixth, twenty twenty-two")).isEmpty();
        assertThat(DateTimes.findTime("Work session at NOON")).contains(LocalTime.NOON);
        assertThat(DateTimes.findTime("Work session at noontime")).isEmpty();
        assertThat(DateTimes.findTime("Work session")).isEmpty();
        assertThat(DateTimes.withoutDateAndTime("Regular Meeting")).isEqualTo("Regular Meeting");
        assertThat(DateTimes.findDateTime("Sep 6, 2022 noon")).contains(LocalDateTime.of(2022, 9, 6, 12, 0));
    }
}
