package org.ordinancewatch.parse.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ordinancewatch.record.ScrapedMeetingStatus;

class StatusWordsTest {

    private static final Clock NOW = Clock.fixed(Instant.parse("2026-01-15T12:00:00Z"), ZoneOffset.UTC);

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "CANCELLED - Public Safety Committee|CANCELLED",
            "Development Authority Meeting-- CANCELED|CANCELLED",
            "Oversight Board Meeting(Cancellation)|CANCELLED",
            "POSTPONED- City Commission Meeting|POSTPONED",
            "Rescheduled City Commission Meeting|RESCHEDULED",
            "Meeting re-scheduled to May 3|RESCHEDULED",
            "Board Meeting cAnCeLeD|CANCELLED",
            "RE-SCHEDULED: Zoning Board|RESCHEDULED" })
    void statedStatus(String text, ScrapedMeetingStatus expected) {
        assertThat(StatusWords.stated(text)).contains(expected);
    }

    @Test
    void ordinaryTitleStatesNothing() {
        assertThat(StatusWords.stated("Regular Scheduled Meeting", null)).isEmpty();
    }

    @Test
    void futureMeetingIsScheduled() {
        assertThat(StatusWords.resolve(OffsetDateTime.parse("2026-02-01T18:00:00Z"), NOW, "Regular Meeting"))
                .isEqualTo(ScrapedMeetingStatus.SCHEDULED);
    }

    @Test
    void pastMeetingIsHeld() {
        assertThat(StatusWords.resolve(OffsetDateTime.parse("2026-01-01T18:00:00Z"), NOW, "Regular Meeting"))
                .isEqualTo(ScrapedMeetingStatus.HELD);
    }

    @Test
    void statedStatusWinsOverTime() {
        assertThat(StatusWords.resolve(OffsetDateTime.parse("2026-01-01T18:00:00Z"), NOW, "Meeting Cancelled"))
                .isEqualTo(ScrapedMeetingStatus.CANCELLED);
    }

    @Test
    void theWordsAloneDoNotMakeAStatus() {
        // the cheap search for "cancel", "postpone", "schedule" comes first; the patterns still decide
        assertThat(StatusWords.stated("Schedule of fees", "Cancelling vouchers policy", "Postponements report",
                "Non-cancellable lease")).isEmpty();
        assertThat(StatusWords.stated((String) null, "")).isEmpty();
    }
}
