package org.ordinancewatch.parse.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.ordinancewatch.parse.ParseException;

class PdfTextTest {

    private static final byte[] THREE_PAGES = TestPdfs.pages(List.of(List.of("First page text"),
            List.of("Second page text"), List.of("Third page text")));

    @Test
    void extractsTheTextOfEveryPage() throws ParseException {
        assertThat(PdfText.extract(THREE_PAGES).text()).contains("First page text", "Second page text", "Third page text");
    }

    @Test
    void countsThePages() throws ParseException {
        assertThat(PdfText.extract(THREE_PAGES).pages()).isEqualTo(3);
    }

    @Test
    void pageCapStopsReadingEarly() throws ParseException {
        PdfText.Extracted extracted = PdfText.extract(THREE_PAGES, 1, PdfText.DEFAULT_MAX_BYTES);
        assertThat(extracted.text()).contains("First page text").doesNotContain("Second page text");
        assertThat(extracted.truncated()).isTrue();
    }

    @Test
    void sizeCapRefusesLargeDocuments() {
        assertThatThrownBy(() -> PdfText.extract(THREE_PAGES, 10, 100)).isInstanceOf(ParseException.class)
                .hasMessageContaining("exceeds");
    }

    @Test
    void nonPdfBytesAreAParseException() {
        assertThatThrownBy(() -> PdfText.extract("<html>not a pdf</html>".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(ParseException.class).hasMessageContaining("not a PDF");
    }

    @Test
    void truncatedPdfIsAParseException() {
        byte[] cut = java.util.Arrays.copyOf(THREE_PAGES, THREE_PAGES.length / 3);
        assertThatThrownBy(() -> PdfText.extract(cut)).isInstanceOf(ParseException.class)
                .hasMessageContaining("unreadable PDF");
    }
}
