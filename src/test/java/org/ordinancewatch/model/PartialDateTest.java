package org.ordinancewatch.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class PartialDateTest {

    @Test
    void monthOnlyDateKeepsItsPrecision() {
        PartialDate date = PartialDate.parse("2019-10");
        assertThat(date.isExact()).isFalse();
        assertThat(date.toString()).isEqualTo("2019-10");
    }

    @Test
    void exactDateRoundTrips() {
        assertThat(PartialDate.parse("2019-05-14").toString()).isEqualTo("2019-05-14");
        assertThat(PartialDate.parse("2019-05-14").isExact()).isTrue();
    }

    @Test
    void blankIsUnknown() {
        assertThat(PartialDate.parse("  ")).isNull();
        assertThat(PartialDate.parse(null)).isNull();
    }

    @Test
    void rejectsImpossibleAndMalformedDates() {
        assertThatThrownBy(() -> PartialDate.parse("2021-02-30")).hasMessageContaining("2021-02-30");
        assertThatThrownBy(() -> PartialDate.parse("2021-13")).hasMessageContaining("not a real date");
        assertThatThrownBy(() -> PartialDate.parse("14/05/2019")).hasMessageContaining("expected YYYY-MM-DD or YYYY-MM");
    }

    @Test
    void monthSortsBeforeTheDaysWithinIt() {
        List<PartialDate> dates = new ArrayList<>(List.of(PartialDate.parse("2019-10-02"), PartialDate.parse("2019-09-30"),
                PartialDate.parse("2019-10"), PartialDate.parse("2019-10-01")));
        dates.sort(null);
        assertThat(dates).extracting(PartialDate::toString).containsExactly("2019-09-30", "2019-10", "2019-10-01", "2019-10-02");
    }

    @Test
    void exactSunsetIsReachedOnItsDay() {
        PartialDate sunset = PartialDate.parse("2023-01-01");
        assertThat(sunset.isReachedBy(LocalDate.of(2022, 12, 31))).isFalse();
        assertThat(sunset.isReachedBy(LocalDate.of(2023, 1, 1))).isTrue();
    }

    @Test
    void monthSunsetIsReachedOnlyAtTheEndOfTheMonth() {
        PartialDate sunset = PartialDate.parse("2023-02");
        assertThat(sunset.isReachedBy(LocalDate.of(2023, 2, 1))).isFalse();
        assertThat(sunset.isReachedBy(LocalDate.of(2023, 2, 27))).isFalse();
        assertThat(sunset.isReachedBy(LocalDate.of(2023, 2, 28))).isTrue();
    }
}
