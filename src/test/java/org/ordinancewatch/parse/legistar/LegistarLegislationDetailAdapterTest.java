package org.ordinancewatch.parse.legistar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ordinancewatch.parse.legistar.LegistarFixtures.*;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.ordinancewatch.parse.ParseException;
import org.ordinancewatch.parse.ParseResult;
import org.ordinancewatch.record.HistoryEntry;
import org.ordinancewatch.record.MeasureRecord;

/** A face-surveillance ban's LegislationDetail page (project fixture shaped like Legistar's markup). */
class LegistarLegislationDetailAdapterTest {

    private static final String URL = "https://example.legistar.com/LegislationDetail.aspx?ID=7012345"
            + "&GUID=5B1C2D3E-4F50-6172-8394-A5B6C7D8E9F0&Options=&Search=";

    private final LegistarLegislationDetailAdapter adapter = new LegistarLegislationDetailAdapter();

    private ParseResult parse() throws ParseException {
        return adapter.parse(own("LegislationDetail_face_surveillance.html", URL), context("America/Chicago"));
    }

    private MeasureRecord measure() throws ParseException {
        return parse().measures().get(0);
    }

    @Test
    void oneMeasure() throws ParseException {
        assertThat(parse().measures()).hasSize(1);
    }

    @Test
    void identifier() throws ParseException {
        assertThat(measure().identifier()).isEqualTo("O2026-0142");
    }

    @Test
    void type() throws ParseException {
        assertThat(measure().type()).isEqualTo("Ordinance");
    }

    @Test
    void status() throws ParseException {
        assertThat(measure().statusText()).isEqualTo("Passed");
    }

    @Test
    void title() throws ParseException {
        assertThat(measure().title()).isEqualTo("An ordinance amending Chapter 2 of the Municipal Code to ban the"
                + " acquisition and use of face surveillance technology by City departments");
    }

    @Test
    void introducedOn() throws ParseException {
        assertThat(measure().introducedOn()).isEqualTo(LocalDate.of(2026, 2, 3));
    }

    @Test
    void finalActionOn() throws ParseException {
        assertThat(measure().finalActionOn()).isEqualTo(LocalDate.of(2026, 4, 21));
    }

    @Test
    void sponsors() throws ParseException {
        assertThat(measure().sponsors()).containsExactly("Maria Alvarez", "James O'Connor", "Priya Natarajan");
    }

    @Test
    void url() throws ParseException {
        assertThat(measure().url()).isEqualTo(URL);
    }

    @Test
    void historyIsOldestFirst() throws ParseException {
        assertThat(measure().history()).extracting(HistoryEntry::action).containsExactly("Introduced",
                "Referred to Committee", "Approved by Committee", "Passed", "Signed by Mayor");
    }

    @Test
    void historyDates() throws ParseException {
        assertThat(measure().history()).extracting(HistoryEntry::date).containsExactly(LocalDate.of(2026, 2, 10),
                LocalDate.of(2026, 2, 10), LocalDate.of(2026, 4, 14), LocalDate.of(2026, 4, 21), LocalDate.of(2026, 4, 24));
    }

    @Test
    void historyActionBy() throws ParseException {
        assertThat(measure().history()).extracting(HistoryEntry::actionBy).containsExactly("City Council",
                "City Council", "Public Safety Committee", "City Council", "Mayor");
    }

    @Test
    void historyResult() throws ParseException {
        assertThat(measure().history()).extracting(HistoryEntry::result).containsExactly(null, null, "Pass", "Pass",
                null);
    }

    @Test
    void historyUrlIsTheActionDetailsPopUp() throws ParseException {
        assertThat(measure().history().get(3).url()).isEqualTo("https://example.legistar.com/HistoryDetail.aspx"
                + "?ID=29100004&GUID=4A4A4A4A-0000-1111-2222-333344445555");
    }

    @Test
    void rowWithoutActionIsSkippedWithAWarning() throws ParseException {
        assertThat(parse().warnings()).singleElement().asString().contains("gridLegislation_ctl00__5")
                .contains("no action");
    }

    @Test
    void rejectsACalendarPage() {
        assertThatThrownBy(() -> adapter.parse(shared(OCD + "chicago__events.html",
                "https://chicago.legistar.com/Calendar.aspx"), context("America/Chicago")))
                .isInstanceOf(ParseException.class).hasMessageContaining("LegislationDetail");
    }

    @Test
    void rejectsJson() {
        assertThatThrownBy(() -> adapter.parse(own("api_matters.json", "https://webapi.legistar.com/v1/example/matters"),
                context("America/Chicago"))).isInstanceOf(ParseException.class).hasMessageContaining("JSON");
    }
}
