package org.ordinancewatch.parse.iqm2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.ordinancewatch.testing.AdapterTesting.context;
import static org.ordinancewatch.testing.AdapterTesting.cutBefore;
import static org.ordinancewatch.testing.AdapterTesting.edited;
import static org.ordinancewatch.testing.AdapterTesting.parse;

import java.time.LocalDate;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.ordinancewatch.parse.Page;
import org.ordinancewatch.parse.ParseException;
import org.ordinancewatch.parse.ParseResult;
import org.ordinancewatch.record.HistoryEntry;
import org.ordinancewatch.record.MeasureRecord;
import org.ordinancewatch.testing.Fixtures;

class Iqm2LegiFileAdapterTest {

    private static final String URL = "https://examplecitymo.iqm2.com/Citizens/Detail_LegiFile.aspx?ID=4521";

    private final Iqm2LegiFileAdapter adapter = new Iqm2LegiFileAdapter();

    private static Page page() {
        return Fixtures.page(Fixtures.own("iqm2/Detail_LegiFile_frt.html"), URL, "text/html; charset=utf-8");
    }

    private MeasureRecord measure() {
        var result = parse(adapter, page(), context("America/Chicago"));
        assertThat(result.measures()).hasSize(1);
        assertThat(result.warnings()).isEmpty();
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

    @Test
    void truncatedPageKeepsTheHistoryBeforeTheCutWithAWarning() {
        // the download stops inside the second history section, before the cell that links its meeting
        ParseResult result = parse(adapter, cutBefore(page(), "<td colspan=\"2\"><a href=\"Detail_Meeting.aspx?ID=3120"), context("America/Chicago"));
        MeasureRecord measure = result.measures().get(0);
        assertThat(measure.identifier()).isEqualTo("Bill No. 21-014");
        assertThat(measure.history()).extracting(HistoryEntry::date, HistoryEntry::action)
                .containsExactly(tuple(LocalDate.of(2021, 2, 22), "First reading"));
        assertThat(result.warnings()).containsExactly("page appears truncated: no closing </html> tag");
    }

    @Test
    void truncatedBeforeTheVoteKeepsTheLastMeetingWithoutItsResult() {
        ParseResult result = parse(adapter, cutBefore(page(), "RESULT:"), context("America/Chicago"));
        HistoryEntry last = result.measures().get(0).history().get(1);
        assertThat(last.date()).isEqualTo(LocalDate.of(2021, 3, 8));
        assertThat(last.action()).isEqualTo("Second reading and passage");
        assertThat(last.result()).isNull();
        assertThat(result.warnings()).containsExactly("page appears truncated: no closing </html> tag");
    }

    @Test
    void missingHistoryTableGivesTheFileWithAWarning() {
        Page stripped = edited(page(), text -> {
            Document doc = Jsoup.parse(text);
            doc.select("table.MeetingHistory").remove();
            return doc.outerHtml();
        });
        ParseResult result = parse(adapter, stripped, context("America/Chicago"));
        assertThat(result.measures().get(0).statusText()).isEqualTo("Passed");
        assertThat(result.measures().get(0).history()).isEmpty();
        assertThat(result.warnings()).containsExactly("meeting history (table.MeetingHistory) missing; no history read");
    }

    @Test
    void reorderedInformationRowsAreFoundByTheirHeaders() {
        Page reordered = edited(page(), text -> {
            Document doc = Jsoup.parse(text);
            var rows = doc.select("#tblLegiFileInfo tr");
            Element introduced = rows.get(3);
            introduced.remove();
            rows.get(0).before(introduced);
            return doc.outerHtml();
        });
        assertThat(Jsoup.parse(reordered.text()).select("#tblLegiFileInfo th").eachText().get(0)).startsWith("Introduced");
        MeasureRecord measure = parse(adapter, reordered, context("America/Chicago")).measures().get(0);
        assertThat(measure.introducedOn()).isEqualTo(LocalDate.of(2021, 2, 22));
        assertThat(measure.sponsors()).containsExactly("Council Member A. Rivera", "Council Member J. Chen");
    }

    @Test
    void pageWithoutItsTitleIsAParseException() {
        Page untitled = edited(page(), t -> t.replace("ContentPlaceholder1_lblLegiFileTitle", "renamed"));
        assertThatThrownBy(() -> adapter.parse(untitled, context("America/Chicago"))).isInstanceOf(ParseException.class)
                .hasMessageContaining("no file title");
    }
}
