package org.ordinancewatch.parse.iqm2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ordinancewatch.testing.AdapterTesting.context;
import static org.ordinancewatch.testing.AdapterTesting.parse;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.ordinancewatch.parse.Page;
import org.ordinancewatch.parse.ParseException;
import org.ordinancewatch.record.HistoryEntry;
import org.ordinancewatch.record.MeasureRecord;
import org.ordinancewatch.testing.Fixtures;

class Iqm2LegiFileAdapterTest {

    private static final String URL = "https://examplecitymo.iqm2.com/Citizens/Detail_LegiFile.aspx?ID=4521";

    private final Iqm2LegiFileAdapter adapter = new Iqm2LegiFileAdapter();

    private MeasureRecord measure() {
        Page page = Fixtures.page(Fixtures.own("iqm2/Detail_LegiFile_frt.html"), URL, "text/html; charset=utf-8");
        var result = parse(adapter, page, context("America/Chicago"));
        assertThat(result.measures()).hasSize(1);
        return result.measures().get(0);
    }

    @Test
    void nameIsIqm2LegiFile() {
        assertThat(adapter.name()).isEqualTo("iqm2-legifile");
    }

    @Test
    void identifierIsTheFileNumber() {
        assertThat(measure().identifier()).isEqualTo("Bill No. 21-014");
    }

    @Test
    void titleIsRead() {
        assertThat(measure().title()).isEqualTo("Ordinance banning municipal use of face surveillance technology");
    }

    @Test
    void typeIsRead() {
        assertThat(measure().type()).isEqualTo("Ordinance");
    }

    @Test
    void statusTextIsRead() {
        assertThat(measure().statusText()).isEqualTo("Passed");
    }

    @Test
    void sponsorsAreSplit() {
        assertThat(measure().sponsors()).containsExactly("Council Member A. Rivera", "Council Member J. Chen");
    }

    @Test
    void introducedDateIsRead() {
        assertThat(measure().introducedOn()).isEqualTo(LocalDate.of(2021, 2, 22));
    }

    @Test
    void historyHasOneEntryPerMeeting() {
        assertThat(measure().history()).extracting(HistoryEntry::date)
                .containsExactly(LocalDate.of(2021, 2, 22), LocalDate.of(2021, 3, 8));
    }

    @Test
    void historyEntryCarriesTheVoteResult() {
        assertThat(measure().history().get(1).result()).isEqualTo("ADOPTED [UNANIMOUS]");
    }

    @Test
    void historyEntryActionIsTheComment() {
        assertThat(measure().history().get(0).action()).isEqualTo("First reading");
    }

    @Test
    void historyEntryLinksTheMeeting() {
        assertThat(measure().history().get(0).url())
                .isEqualTo("https://examplecitymo.iqm2.com/Citizens/Detail_Meeting.aspx?ID=3098");
    }

    @Test
    void meetingPageIsNotALegislativeFile() {
        Page meeting = Fixtures.page(Fixtures.shared("iqm2/stl-public-meetings__city-scrapers-stl/tests__files__cc_planning.html"),
                "https://crevecoeurcitymo.iqm2.com/Citizens/Detail_Meeting.aspx?ID=5059", "text/html");
        assertThatThrownBy(() -> adapter.parse(meeting, context("America/Chicago"))).isInstanceOf(ParseException.class)
                .hasMessageContaining("legislative file");
    }
}
