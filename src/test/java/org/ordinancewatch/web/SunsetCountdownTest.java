package org.ordinancewatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.ordinancewatch.model.Jurisdiction;
import org.ordinancewatch.model.Measure;
import org.ordinancewatch.model.PartialDate;

class SunsetCountdownTest {

    private static Measure sunsetOn(String date) {
        Jurisdiction j = new Jurisdiction();
        j.timezone = "America/Los_Angeles";
        Measure m = new Measure();
        m.jurisdiction = j;
        m.sunsetOn = date == null ? null : PartialDate.parse(date);
        return m;
    }

    /** 2026-03-01 06:00 UTC is still 28 February in Los Angeles. */
    private static final Instant NOW = Instant.parse("2026-03-01T06:00:00Z");

    @Test
    void countsDaysInTheJurisdictionsZone() {
        assertThat(Citation.sunsetCountdown(sunsetOn("2026-03-01"), NOW)).isEqualTo("in 1 day");
        assertThat(Citation.sunsetCountdown(sunsetOn("2026-02-28"), NOW)).isEqualTo("today");
        assertThat(Citation.sunsetCountdown(sunsetOn("2026-02-20"), NOW)).isEqualTo("passed 8 days ago");
    }

    @Test
    void aMonthOnlySunsetCountsToTheEndOfTheMonth() {
        assertThat(Citation.sunsetCountdown(sunsetOn("2026-04"), NOW)).isEqualTo("in 61 days");
    }

    @Test
    void noSunsetNoCountdown() {
        assertThat(Citation.sunsetCountdown(sunsetOn(null), NOW)).isNull();
    }
}
