package org.ordinancewatch.parse.legistar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ordinancewatch.parse.legistar.LegistarFixtures.*;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.ordinancewatch.parse.ParseException;
import org.ordinancewatch.parse.ParseResult;
import org.ordinancewatch.record.MeasureRecord;

/**
 * The real NYC and Chicago legislation search results. Both hold 100 {@code gridMain_ctl00__N} rows, each
 * with one LegislationDetail link (counted with grep).
 */
class LegistarLegislationAdapterTest {

    private final LegistarLegislationAdapter adapter = new LegistarLegislationAdapter();

    private ParseResult nyc() throws ParseException {
        return adapter.parse(shared(OCD + "nyc__bills.html", "https://nyc.legistar.com/Legislation.aspx"),
                context("America/New_York"));
    }

    private ParseResult chicago() throws ParseException {
        return adapter.parse(shared(OCD + "chicago__bills.html", "https://chicago.legistar.com/Legislation.aspx"),
                context("America/Chicago"));
    }

    @Test
    void nycReadsEveryRow() throws ParseException {
        assertThat(nyc().measures()).hasSize(100);
    }

    @Test
    void chicagoReadsEveryRow() throws ParseException {
        assertThat(chicago().measures()).hasSize(100);
    }

    @Test
    void followsEveryDetailPage() throws ParseException {
        assertThat(nyc().follow()).hasSize(100).allMatch(u -> u.startsWith("https://nyc.legistar.com/LegislationDetail.aspx?ID="));
    }

    @Test
    void noWarnings() throws ParseException {
        assertThat(chicago().warnings()).isEmpty();
    }

    @Test
    void nycFileNumber() throws ParseException {
        assertThat(nyc().measures()).extracting(MeasureRecord::identifier).startsWith("Int 1299-2018", "Res 0640-2018")
                .endsWith("Int 0867-2015");
    }

    @Test
    void nycType() throws ParseException {
        assertThat(nyc().measures().get(1).type()).isEqualTo("Resolution");
    }

    @Test
    void nycStatus() throws ParseException {
        assertThat(nyc().measures().get(0).statusText()).isEqualTo("Laid Over in Committee");
    }

    @Test
    void nycTitle() throws ParseException {
        assertThat(nyc().measures().get(0).title()).isEqualTo("A Local Law to amend the administrative code of the city"
                + " of New York, in relation to enforcement of prohibitions against unauthorized commuter vans");
    }

    @Test
    void nycPrimeSponsor() throws ParseException {
        assertThat(nyc().measures().get(99).sponsors()).containsExactly("Robert E. Cornegy, Jr.");
    }

    @Test
    void nycHasNoIntroDateColumn() throws ParseException {
        assertThat(nyc().measures().get(0).introducedOn()).isNull();
    }

    @Test
    void nycUrl() throws ParseException {
        assertThat(nyc().measures().get(0).url()).isEqualTo("https://nyc.legistar.com/LegislationDetail.aspx?ID=3775587"
                + "&GUID=A45C1EA6-6668-42D2-82F9-22F0954D0474&Options=Advanced&Search=");
    }

    @Test
    void chicagoRecordNumber() throws ParseException {
        assertThat(chicago().measures()).extracting(MeasureRecord::identifier).startsWith("O2018-9628", "O2018-9424")
                .endsWith("SO2017-4815");
    }

    @Test
    void chicagoIntroDate() throws ParseException {
        assertThat(chicago().measures().get(0).introducedOn()).isEqualTo(LocalDate.of(2018, 12, 12));
    }

    @Test
    void chicagoFinalAction() throws ParseException {
        assertThat(chicago().measures().get(99).finalActionOn()).isEqualTo(LocalDate.of(2017, 11, 21));
    }

    @Test
    void chicagoStatus() throws ParseException {
        assertThat(chicago().measures().get(99).statusText()).isEqualTo("Passed");
    }

    @Test
    void chicagoWardColumnIsNotASponsor() throws ParseException {
        assertThat(chicago().measures().get(0).sponsors()).isEmpty();
    }

    @Test
    void rejectsACalendarPage() {
        assertThatThrownBy(() -> adapter.parse(shared(OCD + "nyc__events.html", "https://nyc.legistar.com/Calendar.aspx"),
                context("America/New_York"))).isInstanceOf(ParseException.class).hasMessageContaining("File #");
    }
}
