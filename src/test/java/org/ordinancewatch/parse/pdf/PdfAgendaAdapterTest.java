package org.ordinancewatch.parse.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ordinancewatch.testing.AdapterTesting.context;
import static org.ordinancewatch.testing.AdapterTesting.parse;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.ordinancewatch.parse.Page;
import org.ordinancewatch.parse.ParseException;
import org.ordinancewatch.parse.ParseResult;
import org.ordinancewatch.parse.SourceContext;
import org.ordinancewatch.record.ScrapedItem;
import org.ordinancewatch.record.AgendaDocument;

class PdfAgendaAdapterTest {

    private static final String URL = "https://example.civicplus.com/AgendaCenter/ViewFile/Agenda/_03222021-512";

    private static final byte[] AGENDA = TestPdfs.pages(List.of(List.of(
            "CITY OF EXAMPLE - CITY COUNCIL REGULAR MEETING",
            "Monday, March 22, 2021 at 7:00 PM",
            "1. Call to Order",
            "2. Roll Call",
            "3. Consent Calendar",
            "A. Approval of the minutes of March 8, 2021",
            "4. Ordinance No. 2021-07 - Ordinance banning municipal use of face",
            "surveillance technology (second reading)",
            "5. Adjournment")));

    private final PdfAgendaAdapter adapter = new PdfAgendaAdapter();

    private static Page pdf(byte[] bytes) {
        return new Page(bytes, URI.create(URL), "application/pdf", Instant.parse("2026-01-15T12:00:00Z"));
    }

    private AgendaDocument meeting() {
        ParseResult result = parse(adapter, pdf(AGENDA), context("America/New_York"));
        assertThat(result.agendas()).hasSize(1);
        return (AgendaDocument) result.agendas().get(0);
    }

    private ScrapedItem item(String number) {
        return meeting().items().stream().filter(i -> number.equals(i.number())).findFirst().orElseThrow();
    }

    @Test
    void nameIsPdfAgenda() {
        assertThat(adapter.name()).isEqualTo("pdf-agenda");
    }

    @Test
    void everyNumberedLineIsAnItem() {
        assertThat(meeting().items()).extracting(ScrapedItem::number).containsExactly("1", "2", "3", "A", "4", "5");
    }

    @Test
    void itemTitleContinuesOnTheNextLine() {
        assertThat(item("4").title()).isEqualTo("Ordinance banning municipal use of face surveillance technology (second reading)");
    }

    @Test
    void itemFileReference() {
        assertThat(item("4").file()).isEqualTo("Ordinance No. 2021-07");
    }

    @Test
    void plainItemTitle() {
        assertThat(item("1").title()).isEqualTo("Call to Order");
    }

    @Test
    void otherMeetingFieldsAreLeftToTheListing() {
        // An agenda document carries no body, start, status or location: those come from the listing that links it.
        assertThat(parse(adapter, pdf(AGENDA), context("America/New_York")).agendas()).singleElement()
                .isInstanceOf(AgendaDocument.class);
    }

    @Test
    void meetingUrlIsThePdf() {
        assertThat(meeting().url()).isEqualTo(URL);
    }

    @Test
    void pageCapOptionIsHonouredWithAWarning() {
        byte[] twoPages = TestPdfs.pages(List.of(List.of("1. First item"), List.of("2. Second item")));
        SourceContext capped = new SourceContext(null, ZoneId.of("America/New_York"),
                java.time.Clock.fixed(Instant.parse("2026-01-15T12:00:00Z"), ZoneId.of("UTC")), Map.of("pdf.maxPages", "1"));
        ParseResult result = parse(adapter, pdf(twoPages), capped);
        assertThat(result.agendas().get(0).items()).extracting(ScrapedItem::title).containsExactly("First item");
        assertThat(result.warnings()).containsExactly("read 1 of 2 pages");
    }

    @Test
    void pdfWithoutNumberedLinesWarns() {
        byte[] prose = TestPdfs.pages(List.of(List.of("Notice of public hearing", "The council will meet.")));
        ParseResult result = parse(adapter, pdf(prose), context("America/New_York"));
        assertThat(result.agendas().get(0).items()).isEmpty();
        assertThat(result.warnings()).containsExactly("no numbered agenda lines found in the PDF text");
    }

    @Test
    void htmlInsteadOfAPdfIsAParseException() {
        Page html = new Page("<html><body>Agenda</body></html>".getBytes(StandardCharsets.UTF_8), URI.create(URL), "text/html",
                Instant.parse("2026-01-15T12:00:00Z"));
        assertThatThrownBy(() -> adapter.parse(html, context("America/New_York"))).isInstanceOf(ParseException.class);
    }
}
